"""The service's routes in groups, each an :class:`fastapi.APIRouter` the app factory
includes: probes and metrics, the state of dates, of the engine, jobs, the pipelines' views,
the manual controls, and the dashboard page."""

"""Data sources behind one interface (sim, live, replay) and the HTTP stack beneath them."""

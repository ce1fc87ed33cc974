"""Operations views of the NBA pipeline: what a person asks about a day."""

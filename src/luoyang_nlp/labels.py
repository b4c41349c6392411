"""Span labels, exactly as named in the span specification."""

ENTITY_LABELS = ("PERSON", "POSITION", "PLACE", "ORG", "COMPANY", "PROJECT")
FIGURE_LABELS = ("MONEY", "ENERGY", "POWER", "AREA", "LENGTH", "MASS", "PERCENT", "COUNT", "DATE", "DURATION")
LABELS = ENTITY_LABELS + FIGURE_LABELS

QUALIFIERS = ("approx", "nearly", "over", "under")

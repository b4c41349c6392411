"""Optional back ends (HanLP) that propose candidates beside the default matchers."""

"""Guards for the facts stage's speed paths (session 22, helper e): each fast path gives what
the plain code it stands for gives, on random inputs."""

from __future__ import annotations

import bisect
import random

from luoyang_nlp.facts.text import bisect_left, bisect_right


def test_int_bisection_matches_the_bisect_module():
    rng = random.Random(22)
    for _ in range(3000):
        n = rng.randrange(0, 40)
        a = sorted(rng.randrange(-5, 60) for _ in range(n))
        x = rng.randrange(-10, 70)
        assert bisect_left(a, x) == bisect.bisect_left(a, x)
        assert bisect_right(a, x) == bisect.bisect_right(a, x)
        lo = rng.randrange(0, n + 1)
        hi = rng.randrange(lo, n + 1)
        assert bisect_left(a, x, lo) == bisect.bisect_left(a, x, lo)
        assert bisect_right(a, x, lo) == bisect.bisect_right(a, x, lo)
        assert bisect_left(a, x, lo, hi) == bisect.bisect_left(a, x, lo, hi)
        assert bisect_right(a, x, lo, hi) == bisect.bisect_right(a, x, lo, hi)

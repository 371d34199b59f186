"""Hypothesis settings for the property-based suite (test_fuzz.py).

The default profile, ``ci``, is what CI runs: few examples per property, derandomised, so the
suite takes seconds and a failure can be reproduced by running it again. Explore further with
``DIPLOGRAPH_FUZZ=explore`` (ten times the examples, a new random seed each run; Hypothesis
prints the failing example and how to reproduce it).
"""

import os

from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=None, database=None, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                      HealthCheck.data_too_large, HealthCheck.large_base_example])
settings.register_profile("ci", derandomize=True, **_COMMON)
settings.register_profile("explore", derandomize=False, **_COMMON)
settings.load_profile(os.environ.get("DIPLOGRAPH_FUZZ", "ci"))

# examples per property: scaled up by the explore profile
SCALE = 10 if os.environ.get("DIPLOGRAPH_FUZZ") == "explore" else 1

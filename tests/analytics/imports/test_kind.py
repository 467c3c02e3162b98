"""The access rules kinds declare: who may import and undo, and whose history shows what."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.core.access import Access, Role
from analytics.core.errors import AccessDenied
from analytics.imports.kind import ADMINISTRATION, BY_ANSVAR, PROGRAMME, ansvar_of

ORGANISATION = pd.DataFrame(
    {
        "ansvar": ["3100", "3101", "2100"],
        "ansvar_name": ["a", "b", "c"],
        "unit_code": ["310", "310", "210"],
        "unit_name": ["Dikšoruoktu", "Dikšoruoktu", "Skuvla"],
        "sector_code": ["3", "3", "2"],
        "sector_name": ["Helse", "Helse", "Oppvekst"],
    }
)
HOLDER = Access("kari", Role.BUDGET_HOLDER, frozenset({"310"}))
VIEWER = Access("leser", Role.VIEWER, frozenset({"310"}))
LEADER = Access("leder", Role.LEADER, frozenset({"3"}))
DIRECTOR = Access("direktor", Role.DIRECTOR)


def test_unit_codes_stand_for_their_ansvar() -> None:
    assert ansvar_of(frozenset({"310", "9999"}), ORGANISATION) == {"3100", "3101", "9999"}


@pytest.mark.parametrize(
    ("access", "codes", "allowed", "shown"),
    [
        (HOLDER, {"310"}, True, True),
        (HOLDER, {"3100"}, True, True),
        (HOLDER, {"310", "210"}, False, False),  # partly another unit's: neither
        (HOLDER, set(), False, False),  # an upload that does not say (the demo's sick leave)
        (VIEWER, {"310"}, False, True),
        (DIRECTOR, set(), True, True),
    ],
)
def test_by_ansvar(access: Access, codes: set[str], allowed: bool, shown: bool) -> None:
    assert BY_ANSVAR.allows(ORGANISATION, access, frozenset(codes)) is allowed
    assert BY_ANSVAR.shows(ORGANISATION, access, frozenset(codes)) is shown


@pytest.mark.parametrize(
    ("access", "programme", "administration"),
    [(HOLDER, False, False), (VIEWER, False, False), (LEADER, True, False), (DIRECTOR, True, True),
     (Access("admin", Role.ADMINISTRATOR), True, True)],
)  # fmt: skip
def test_programme_and_administration(
    access: Access, programme: bool, administration: bool
) -> None:
    codes = frozenset({"310"})
    assert PROGRAMME.allows(ORGANISATION, access, codes) is programme
    assert PROGRAMME.offered(access) is programme
    assert ADMINISTRATION.allows(ORGANISATION, access, codes) is administration
    assert ADMINISTRATION.shows(ORGANISATION, access, codes) is administration
    if not programme:
        with pytest.raises(AccessDenied, match="kommunedirektøren, ledere og administratorer"):
            PROGRAMME.check(ORGANISATION, access, codes)

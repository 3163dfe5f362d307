"""
The drift Sesamy's public material actually shows, classified.

1. The published client spec's Contract has cancelRequestedAt; the types in
   @sesamy/sdk 1.22.0 (generated from an earlier spec) lack it.
2. Two archived renderings of the management spec differ: one Bill has contractId.
"""

import json
from pathlib import Path

import pytest

from scripts import drift_check
from scripts._specdiff import Change, Severity, compare

from .conftest import REPO, Spec

CONTRACT_AT = "GET /contracts → 200 application/json → [] → Contract.cancelRequestedAt"
BILL_AT = "GET /management/bills → 200 application/json → [] → Bill.contractId"


def single(old: Spec, new: Spec) -> Change:
    """The one change between two documents."""
    changes = compare(old, new)
    assert len(changes) == 1, changes
    return changes[0]


def test_published_contract_to_sdk_types_removes_an_optional_response_property(
    client: Spec, client_sdk_types: Spec
) -> None:
    change = single(client, client_sdk_types)

    assert change.rule == "response-optional-property-removed"
    assert change.severity is Severity.WARNING
    assert change.location == CONTRACT_AT
    assert change.operations == ("getContract", "listContracts")


def test_sdk_types_to_published_contract_adds_a_compatible_property(
    client: Spec, client_sdk_types: Spec
) -> None:
    change = single(client_sdk_types, client)

    assert change.rule == "response-optional-property-added"
    assert change.severity is Severity.COMPATIBLE
    assert change.location == CONTRACT_AT


def test_bill_gaining_contract_id_is_compatible(
    management: Spec, management_bill_with_contract_id: Spec
) -> None:
    change = single(management, management_bill_with_contract_id)

    assert change.rule == "response-optional-property-added"
    assert change.severity is Severity.COMPATIBLE
    assert change.location == BILL_AT
    assert change.schema == "Bill.contractId"
    assert change.operations == ("getBill", "listBills")


def test_bill_losing_contract_id_is_a_warning(
    management: Spec, management_bill_with_contract_id: Spec
) -> None:
    change = single(management_bill_with_contract_id, management)

    assert change.rule == "response-optional-property-removed"
    assert change.severity is Severity.WARNING


def test_report_on_the_contract_id_rendering_is_compatible_drift_exit_1(
    management_bill_with_contract_id: Spec,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    published = tmp_path / "management.json"
    published.write_text(json.dumps(management_bill_with_contract_id), "utf-8")

    status = drift_check.main(
        [
            "--client-spec",
            str(REPO / "openapi" / "client.json"),
            "--management-spec",
            str(published),
            "--no-generated",
        ]
    )
    report = capsys.readouterr().out

    assert status == 1
    assert "management: openapi/management.json vs" in report
    assert "1 change (1 compatible)" in report
    assert "[compatible] response-optional-property-added" in report
    assert f"at {BILL_AT}" in report
    assert "client: openapi/client.json vs" in report
    assert report.endswith("drift-check: exit 1 (drift, none of it breaking)\n")

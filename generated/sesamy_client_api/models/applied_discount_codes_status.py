from enum import StrEnum


class AppliedDiscountCodesStatus(StrEnum):
    APPLIED = "APPLIED"
    UNAPPLICABLE = "UNAPPLICABLE"

    def __str__(self) -> str:
        return str(self.value)

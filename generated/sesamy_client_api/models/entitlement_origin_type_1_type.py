from enum import StrEnum


class EntitlementOriginType1Type(StrEnum):
    PAYMENTS = "PAYMENTS"

    def __str__(self) -> str:
        return str(self.value)

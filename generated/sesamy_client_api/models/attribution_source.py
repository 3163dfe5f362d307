from enum import StrEnum


class AttributionSource(StrEnum):
    CHECKOUT = "CHECKOUT"
    OTHER = "OTHER"
    PAYWALL = "PAYWALL"

    def __str__(self) -> str:
        return str(self.value)

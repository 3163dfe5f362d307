from enum import StrEnum


class CheckoutStatus(StrEnum):
    COMPLETED = "COMPLETED"
    PENDING = "PENDING"
    WAITING_PAYMENT_CONFIRMATION = "WAITING_PAYMENT_CONFIRMATION"

    def __str__(self) -> str:
        return str(self.value)

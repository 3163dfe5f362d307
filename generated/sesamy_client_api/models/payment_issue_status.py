from enum import StrEnum


class PaymentIssueStatus(StrEnum):
    CARD_EXPIRED = "CARD_EXPIRED"
    CARD_WILL_EXPIRE = "CARD_WILL_EXPIRE"
    OVERDUE = "OVERDUE"

    def __str__(self) -> str:
        return str(self.value)

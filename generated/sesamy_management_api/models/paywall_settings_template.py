from enum import StrEnum


class PaywallSettingsTemplate(StrEnum):
    ARTICLE = "ARTICLE"
    BOXES = "BOXES"
    LOGIN = "LOGIN"

    def __str__(self) -> str:
        return str(self.value)

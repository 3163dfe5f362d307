from enum import StrEnum


class EntitlementOriginType0Type(StrEnum):
    EXTERNAL = "EXTERNAL"

    def __str__(self) -> str:
        return str(self.value)

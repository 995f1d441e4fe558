VALUE = 42
__all__ = ["VALUE", "public"]
def public():
    return "public"
def _private():
    return "private"
hidden = "not in __all__"
def name():
    return __name__
if __name__ == "__main__":
    print("never printed on import")

# conformance: whole-stderr
# Explicit chaining: "The above exception was the direct cause of the following exception:".
class ConfigError(Exception):
    pass


def load(d):
    try:
        return d["key"]
    except KeyError as e:
        raise ConfigError("missing key") from e


load({})

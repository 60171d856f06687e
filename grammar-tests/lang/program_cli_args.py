# A command-line style tool: parse an argument list by hand, run, and leave with sys.exit(3).
import sys


class UsageError(Exception):
    pass


def parse_args(argv):
    options = {"verbose": 0, "output": "-", "count": 1}
    positional = []
    it = iter(argv)
    for arg in it:
        if arg == "--":
            positional.extend(it)
            break
        if arg.startswith("--"):
            name, eq, value = arg[2:].partition("=")
            if name not in options:
                raise UsageError(f"unknown option --{name}")
            if isinstance(options[name], int) and name != "verbose":
                if not eq:
                    value = next(it, None)
                    if value is None:
                        raise UsageError(f"--{name} needs a value")
                try:
                    options[name] = int(value)
                except ValueError:
                    raise UsageError(f"--{name}: not a number: {value!r}") from None
            elif name == "verbose":
                options["verbose"] += 1
            else:
                options[name] = value if eq else next(it)
        elif arg.startswith("-") and len(arg) > 1:
            for flag in arg[1:]:
                if flag == "v":
                    options["verbose"] += 1
                else:
                    raise UsageError(f"unknown flag -{flag}")
        else:
            positional.append(arg)
    return options, positional


def main(argv):
    failures = 0
    for case in argv:
        try:
            opts, args = parse_args(case)
            print("ok  ", sorted(opts.items()), args)
        except UsageError as e:
            failures += 1
            print("fail", e)
    return failures


cases = [
    ["-vv", "file.txt", "--count", "3"],
    ["--output=out.txt", "--", "--count", "x"],
    ["--count=abc"],
    ["--nope"],
    ["-vx"],
    ["--count"],
    ["--verbose", "--verbose", "a", "b"],
]
code = main(cases)
print("failures:", code)
sys.stdout.flush()
try:
    sys.exit(code)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    raise SystemExit
finally:
    print("finally runs before exit")

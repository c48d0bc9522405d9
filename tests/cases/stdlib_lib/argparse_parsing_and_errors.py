# argparse: options, positionals, types, choices, subcommands, help and errors
import argparse, sys
p = argparse.ArgumentParser(prog="tool", description="demo")
p.add_argument("files", nargs="*")
p.add_argument("-n", "--count", type=int, default=1)
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("--mode", choices=["a", "b"], default="a")
p.add_argument("--tag", action="append")
print(p.parse_args(["x", "y", "-n", "3", "-v", "--tag", "t1", "--tag=t2"]))
print(vars(p.parse_args([])))
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd")
c = sp.add_parser("commit")
c.add_argument("-m")
print(sub.parse_args(["commit", "-m", "msg"]))
print(p.format_usage().strip())
sys.stderr = sys.stdout
for bad in (["-n", "x"], ["--mode", "c"], ["--nope"]):
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)

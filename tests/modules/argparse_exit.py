# exit: 2
# argparse: an error in sys.argv's arguments prints the usage and the message to stderr and
# exits with status 2 (prog defaults to the script's name).
import os
import sys

os.environ["COLUMNS"] = "80"
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("count", type=int)
parser.add_argument("--name", default="world")
# The script's file name (kinglet-cross runs it as a .kbc file).
print(os.path.splitext(parser.prog)[0])
parser.prog = "argparse_exit"
print(parser.parse_args(["3", "--name", "x"]))
sys.argv[1:] = ["three"]
parser.parse_args()
print("not reached")

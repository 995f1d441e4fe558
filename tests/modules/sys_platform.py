# sys.platform names the system as CPython does ("linux", "darwin"), and os.name is "posix".
import os
import sys

print(sys.platform, os.name, sys.platform.startswith(("linux", "darwin")))

# The attributes of sys that portable programs read: types and relations, not values.
import sys

impl = sys.implementation
print(type(impl.name).__name__, impl.name == impl.name.lower())
print(isinstance(impl.version, tuple), len(impl.version) == 5, impl.version[3])
print(impl.cache_tag is None or isinstance(impl.cache_tag, str), type(impl.hexversion).__name__)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.byteorder in ("little", "big"), sys.hexversion >> 16 == 0x030B)
print(sys.hexversion >> 24 == sys.version_info.major, type(sys.api_version).__name__)
print(type(sys.copyright).__name__, "Copyright" in sys.copyright)
print(type(sys.dont_write_bytecode).__name__)
for name in ["executable", "prefix", "exec_prefix", "base_prefix", "base_exec_prefix"]:
    print(name, type(getattr(sys, name)).__name__)
print(sys.executable == "" or sys.executable.startswith("/"))
print(type(sys.orig_argv).__name__, sys.argv[0] in sys.orig_argv)
print(sys.warnoptions, sys._xoptions, sys.float_repr_style)
print(type(sys.path).__name__, all(type(p) is str for p in sys.path))
print(sys.__stdin__ is sys.stdin, sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
names = sys.builtin_module_names
print(type(names).__name__, "sys" in names, "builtins" in names, list(names) == sorted(names))
print(sys.is_finalizing(), sys.pycache_prefix, type(sys.getswitchinterval()).__name__)
old = sys.getswitchinterval()
sys.setswitchinterval(0.25)
print(sys.getswitchinterval())
sys.setswitchinterval(old)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
ti = sys.thread_info
print(type(ti).__name__, len(ti), isinstance(ti, tuple), repr(ti).startswith("sys.thread_info(name="))
print(type(sys.abiflags).__name__, type(sys._base_executable).__name__)
print(sys.call_tracing(max, (3, 9)), sys.call_tracing(dict, ()))
try:
    sys.call_tracing(max, [1])
except TypeError as e:
    print("TypeError", e)

# sys.implementation is a namespace whose name is the interpreter's (kinglet-only values: .exp).
import sys
impl = sys.implementation
print(type(impl).__name__, impl.name, impl.cache_tag, len(impl.version), impl.version[3])
print(impl.name in ('kinglet', 'cpython'), hasattr(impl, 'name'))

from .. import X
from ..helper import hello as h
from . import leaf
Y = X + 1

LEAF = "leaf"
from .. import helper

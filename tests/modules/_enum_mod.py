# Helper of enum_module_names.py: enums made by the functional API in a module that is not
# __main__.
import enum

Color = enum.Enum('Color', 'RED GREEN')
Level = enum.IntEnum('Level', ['LOW', 'HIGH'])
Perm = enum.Flag('Perm', 'R W X')

// vm/mod_machine.c: the machine module: pins, registers, reset and the chip's id.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// MicroPython's API, so that board code written for it runs unchanged: Pin(id, mode, pull,
// value=) with value(), on(), off(), init() and calling; mem8/mem16/mem32[address]; reset()
// and unique_id(). Everything goes through the board functions of vm/hal.h, so the module is
// the same on every port: a board drives real pins, unix drives stub pins that record writes
// and replay configured reads (unix/hal.c, the _machine_stub module), and the weak stubs have
// no pins at all. The ticks and sleeps that MicroPython also offers live in the time module.

#include "vm/config.h"

#if KL_CFG_MODULE_MACHINE

#include "vm/gc.h"
#include "vm/hal.h"
#include "vm/obj_int.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#define ENODEV_NUM (19)
#define EINVAL_NUM (22)

// A negative result [r] of a kl_hal_pin_* function: ValueError for a pin or mode the board
// does not have (as MicroPython raises), OSError for the rest.
static void check_pin(int r) {
    if (r == -ENODEV_NUM) {
        kl_raise_ValueError(KL_ERROR_TEXT("invalid pin"));
    }
    if (r == -EINVAL_NUM) {
        kl_raise_ValueError(KL_ERROR_TEXT("invalid pin mode"));
    }
    if (r < 0) {
        kl_raise_oserror(-r, KL_OBJ_NULL, KL_OBJ_NULL);
    }
}

// An int in [0, 2**32) or [-2**31, 0), as the 32 bits of a register; [what] names it.
static uint32_t get_u32(kl_obj_t o, const char *what) {
    uint64_t mag;
    bool neg;
    if (!kl_obj_is_int(o)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%s must be an int, not %T"), what, o);
    }
    if (!kl_obj_int_get_mag64(o, &mag, &neg) || (!neg && mag > 0xffffffffu) ||
        (neg && mag > 0x80000000u)) {
        kl_raise_msg_fmt(&kl_type_OverflowError, KL_ERROR_TEXT("%s does not fit in 32 bits"), what);
    }
    return neg ? (uint32_t)(0u - (uint32_t)mag) : (uint32_t)mag;
}

// ==== Pin ====

typedef struct _pin_obj_t {
    kl_obj_base_t base;
    int id;
} pin_obj_t;

static const kl_obj_callable_type_t pin_type_head;
#define pin_type (pin_type_head.type)

static pin_obj_t *get_pin(kl_obj_t o) {
    if (!kl_obj_is_type(o, &pin_type)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("expected a Pin, not %T"), o);
    }
    return KL_OBJ_TO_PTR(o);
}

static kl_obj_t pin_value_of(const pin_obj_t *p) {
    int v = kl_hal_pin_read(p->id);
    check_pin(v);
    return KL_OBJ_NEW_SMALL_INT(v != 0);
}

static void pin_set(const pin_obj_t *p, kl_obj_t value) {
    check_pin(kl_hal_pin_write(p->id, kl_obj_is_true(value) ? 1 : 0));
}

// init(mode=-1, pull=-1, *, value=None) with [args] after self: -1 keeps the pin as it is, as
// in MicroPython. The value is written before the mode, so an output starts at its level.
static void pin_init_args(pin_obj_t *p, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_args > 2) {
        kl_raise_TypeError(KL_ERROR_TEXT("Pin.init() takes at most 2 positional arguments"));
    }
    kl_obj_t mode = n_args > 0 ? args[0] : KL_OBJ_NULL;
    kl_obj_t pull = n_args > 1 ? args[1] : KL_OBJ_NULL;
    kl_obj_t value = KL_OBJ_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        kl_qstr_t key = kl_obj_str_get_qstr(args[n_args + 2 * i]);
        kl_obj_t v = args[n_args + 2 * i + 1];
        kl_obj_t *slot = key == KL_QSTR_mode    ? &mode
                         : key == KL_QSTR_pull  ? &pull
                         : key == KL_QSTR_value ? &value
                                                : NULL;
        if (slot == NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("unexpected keyword argument '%S'"),
                             args[n_args + 2 * i]);
        }
        if (*slot != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("got multiple values for argument '%S'"),
                             args[n_args + 2 * i]);
        }
        *slot = v;
    }
    if (value != KL_OBJ_NULL && value != kl_const_none) {
        pin_set(p, value);
    }
    kl_int_t m = mode == KL_OBJ_NULL || mode == kl_const_none ? -1 : kl_obj_get_int(mode);
    kl_int_t u =
        pull == KL_OBJ_NULL || pull == kl_const_none ? KL_HAL_PIN_PULL_NONE : kl_obj_get_int(pull);
    if (m != -1) {
        if (m < KL_HAL_PIN_IN || m > KL_HAL_PIN_OPEN_DRAIN || u < 0 || u > KL_HAL_PIN_PULL_DOWN) {
            kl_raise_ValueError(KL_ERROR_TEXT("invalid pin mode"));
        }
        check_pin(kl_hal_pin_config(p->id, (int)m, (int)u));
    }
}

static kl_obj_t pin_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                             const kl_obj_t *args) {
    (void)type;
    if (n_args < 1) {
        kl_raise_TypeError(KL_ERROR_TEXT("Pin() missing required argument 'id'"));
    }
    int id;
    if (kl_obj_is_str(args[0])) {
        size_t len;
        const char *name = kl_obj_str_get_data(args[0], &len);
        id = kl_hal_pin_id(name, len);
        check_pin(id);
    } else {
        kl_int_t n = kl_obj_get_int(args[0]);
        if (n < 0 || n > 0xffff) {
            kl_raise_ValueError(KL_ERROR_TEXT("invalid pin"));
        }
        id = (int)n;
        // A number the board has no pin for fails now, as a name does: reading an input
        // register is harmless, and the board says -ENODEV for a pin it does not have.
        if (kl_hal_pin_read(id) == -ENODEV_NUM) {
            check_pin(-ENODEV_NUM);
        }
    }
    pin_obj_t *p = kl_gc_alloc(sizeof(pin_obj_t), KL_GC_ATOMIC);
    p->base.type = &pin_type;
    p->id = id;
    pin_init_args(p, n_args - 1, n_kw, args + 1);
    return KL_OBJ_FROM_PTR(p);
}

static kl_obj_t pin_init(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    pin_init_args(get_pin(args[0]), n_args - 1, n_kw, args + 1);
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(pin_init_obj, init, 1, pin_init);

// value() reads the pin; value(x) drives it.
static kl_obj_t pin_value(size_t n_args, const kl_obj_t *args) {
    pin_obj_t *p = get_pin(args[0]);
    if (n_args == 1) {
        return pin_value_of(p);
    }
    pin_set(p, args[1]);
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(pin_value_obj, value, 1, 2, pin_value);

static kl_obj_t pin_on(kl_obj_t self) {
    pin_set(get_pin(self), kl_const_true);
    return kl_const_none;
}
static KL_DEFINE_FUN_1(pin_on_obj, on, pin_on);

static kl_obj_t pin_off(kl_obj_t self) {
    pin_set(get_pin(self), kl_const_false);
    return kl_const_none;
}
static KL_DEFINE_FUN_1(pin_off_obj, off, pin_off);

// pin() is pin.value(), pin(x) is pin.value(x).
static kl_obj_t pin_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_arg_check_num(n_args, n_kw, 0, 1, false);
    kl_obj_t call[2] = {self, n_args > 0 ? args[0] : KL_OBJ_NULL};
    return pin_value(n_args + 1, call);
}

static void pin_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_printf(print, "Pin(%d)", get_pin(o)->id);
}

// Sorted by name (ASCII order): const dicts are searched by bisection.
static const kl_rom_map_elem_t pin_locals_table[] = {
    {KL_ROM_QSTR(IN), KL_ROM_INT(KL_HAL_PIN_IN)},
    {KL_ROM_QSTR(OPEN_DRAIN), KL_ROM_INT(KL_HAL_PIN_OPEN_DRAIN)},
    {KL_ROM_QSTR(OUT), KL_ROM_INT(KL_HAL_PIN_OUT)},
    {KL_ROM_QSTR(PULL_DOWN), KL_ROM_INT(KL_HAL_PIN_PULL_DOWN)},
    {KL_ROM_QSTR(PULL_UP), KL_ROM_INT(KL_HAL_PIN_PULL_UP)},
    {KL_ROM_QSTR(init), KL_ROM_PTR(&pin_init_obj)},
    {KL_ROM_QSTR(off), KL_ROM_PTR(&pin_off_obj)},
    {KL_ROM_QSTR(on), KL_ROM_PTR(&pin_on_obj)},
    {KL_ROM_QSTR(value), KL_ROM_PTR(&pin_value_obj)},
};
static KL_DEFINE_CONST_DICT(pin_locals_dict, pin_locals_table);

static const kl_obj_callable_type_t pin_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_Pin,
            .make_new = pin_make_new,
            .print = pin_print,
            .attr = kl_type_generic_attr,
            .locals_dict = &pin_locals_dict,
            .parent = &kl_type_object,
        },
    .call = pin_call,
};

// ==== mem8, mem16, mem32 ====

typedef struct _mem_obj_t {
    kl_obj_base_t base;
    unsigned bytes;
} mem_obj_t;

static kl_obj_t mem_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    const mem_obj_t *m = KL_OBJ_TO_PTR(self);
    if (value == KL_OBJ_NULL) {
        kl_raise_TypeError(KL_ERROR_TEXT("memory cannot be deleted"));
    }
    uint32_t addr = get_u32(index, "address");
    if (addr % m->bytes != 0) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("address 0x%x is not aligned to %d bytes"), (unsigned)addr,
                         (int)m->bytes);
    }
    if (value == KL_OBJ_SENTINEL) {
        uint32_t v = 0;
        int r = kl_hal_mem_read((uintptr_t)addr, m->bytes, &v);
        if (r < 0) {
            kl_raise_oserror(-r, KL_OBJ_NULL, KL_OBJ_NULL);
        }
        return kl_obj_new_int_from_u64(v);
    }
    uint32_t v = get_u32(value, "value");
    if (m->bytes < 4) {
        v &= (1u << (8 * m->bytes)) - 1; // the low bits, as MicroPython stores them
    }
    int r = kl_hal_mem_write((uintptr_t)addr, m->bytes, v);
    if (r < 0) {
        kl_raise_oserror(-r, KL_OBJ_NULL, KL_OBJ_NULL);
    }
    return kl_const_none;
}

static void mem_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_printf(print, "<%d-bit memory>", 8 * (int)((const mem_obj_t *)KL_OBJ_TO_PTR(o))->bytes);
}

static const kl_obj_ops_type_t mem_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_mem,
            .print = mem_print,
            .parent = &kl_type_object,
        },
    .subscr = mem_subscr,
};
#define mem_type (mem_type_head.type)

static const mem_obj_t mem8_obj = {{&mem_type}, 1};
static const mem_obj_t mem16_obj = {{&mem_type}, 2};
static const mem_obj_t mem32_obj = {{&mem_type}, 4};

// ==== Functions ====

static kl_obj_t machine_reset(void) {
    kl_hal_reset();
}
static KL_DEFINE_FUN_0(machine_reset_obj, reset, machine_reset);

static kl_obj_t machine_unique_id(void) {
    uint8_t id[32];
    size_t n = kl_hal_unique_id(id, sizeof(id));
    return kl_obj_new_bytes((const char *)id, n < sizeof(id) ? n : sizeof(id));
}
static KL_DEFINE_FUN_0(machine_unique_id_obj, unique_id, machine_unique_id);

static const kl_rom_map_elem_t machine_globals_table[] = {
    {KL_ROM_QSTR(Pin), KL_ROM_PTR(&pin_type)},
    {KL_ROM_QSTR(__name__), KL_OBJ_NEW_QSTR(KL_QSTR_machine)},
    {KL_ROM_QSTR(mem16), KL_ROM_PTR(&mem16_obj)},
    {KL_ROM_QSTR(mem32), KL_ROM_PTR(&mem32_obj)},
    {KL_ROM_QSTR(mem8), KL_ROM_PTR(&mem8_obj)},
    {KL_ROM_QSTR(reset), KL_ROM_PTR(&machine_reset_obj)},
    {KL_ROM_QSTR(unique_id), KL_ROM_PTR(&machine_unique_id_obj)},
};
static KL_DEFINE_CONST_DICT(machine_globals_dict, machine_globals_table);

const kl_obj_module_t kl_module_machine = {{&kl_type_module}, &machine_globals_dict};

#endif // KL_CFG_MODULE_MACHINE

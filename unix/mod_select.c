// unix/mod_select.c: the select module of the unix port: select() and poll objects.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// select.select() is C over select(2). A poll object is a small Python class (below) that keeps
// the registered descriptors in a dict and hands them to _poll(), which is C over poll(2): the
// dict is the whole state, so register/modify/unregister are plain dict operations with
// CPython's errors. Both take descriptors as ints or as objects with a fileno() method.
//
// A signal makes a wait end early with EINTR. The unix port catches only SIGINT, whose handler
// sets the interpreter's interrupt flag: then the wait raises KeyboardInterrupt at once, as
// CPython's does; any other EINTR restarts the wait with the time that is left.

#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <math.h>
#include <poll.h>
#include <sys/select.h>
#include <time.h>

#include "vm/bc.h"
#include "vm/gc.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_tuple.h"
#include "vm/parse.h"
#include "vm/runtime.h"
#include "vm/state.h"

// ==== Helpers ====

// The descriptor [o] stands for: an int, or what its fileno() method returns.
static int fd_of(kl_obj_t o) {
    kl_int_t fd;
    if (!kl_obj_get_int_maybe(o, &fd)) {
        kl_obj_t m[2];
        kl_load_method_maybe(o, KL_QSTR_fileno, m);
        if (m[0] == KL_OBJ_NULL) {
            kl_raise_TypeError(
                KL_ERROR_TEXT("argument must be an int, or have a fileno() method."));
        }
        if (!kl_obj_get_int_maybe(kl_call_method_n_kw(0, 0, m), &fd)) {
            kl_raise_TypeError(KL_ERROR_TEXT("fileno() returned a non-integer"));
        }
    }
    if (fd < 0) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("file descriptor cannot be a negative integer (%d)"),
                         (int)fd);
    }
    if (fd > 0x7fffffff) {
        kl_raise_OverflowError(KL_ERROR_TEXT("fd is greater than maximum"));
    }
    return (int)fd;
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// After a wait ended with EINTR: KeyboardInterrupt for a Ctrl-C, otherwise the caller retries.
static void after_eintr(void) {
    if (kl_state.interrupt) {
        kl_state.interrupt = 0;
        kl_raise_msg(&kl_type_KeyboardInterrupt, NULL);
    }
}

// ==== select() ====

// The items of the sequence [o] (argument [n] of select) as a list, and the descriptor of each
// in [fds], which must have room for the list's length.
static kl_obj_t seq_items(kl_obj_t o) {
    if (!kl_obj_is_type(o, &kl_type_list) && !kl_obj_is_type(o, &kl_type_tuple)) {
        kl_obj_t m[2];
        kl_load_method_maybe(o, KL_QSTR___iter__, m);
        if (m[0] == KL_OBJ_NULL) {
            kl_raise_TypeError(KL_ERROR_TEXT("arguments 1-3 must be sequences"));
        }
    }
    return kl_obj_list_from_iterable(o);
}

// Add the descriptors of [list] to [set]; *[max] becomes the largest.
static void fill_set(kl_obj_t list, fd_set *set, int *max) {
    size_t n;
    kl_obj_t *items = kl_obj_list_get_items(list, &n);
    FD_ZERO(set);
    for (size_t i = 0; i < n; i++) {
        int fd = fd_of(items[i]);
        if (fd >= FD_SETSIZE) {
            kl_raise_ValueError(KL_ERROR_TEXT("filedescriptor out of range in select()"));
        }
        FD_SET(fd, set);
        if (fd > *max) {
            *max = fd;
        }
    }
}

// The items of [list] whose descriptors are in [set].
static kl_obj_t ready_items(kl_obj_t list, const fd_set *set) {
    size_t n;
    kl_obj_t *items = kl_obj_list_get_items(list, &n);
    kl_obj_t out = kl_obj_new_list(0, NULL);
    for (size_t i = 0; i < n; i++) {
        if (FD_ISSET(fd_of(items[i]), set)) {
            kl_obj_list_append(out, items[i]);
        }
    }
    return out;
}

static kl_obj_t select_select(size_t n_args, const kl_obj_t *args) {
    kl_obj_t lists[3];
    for (int i = 0; i < 3; i++) {
        lists[i] = seq_items(args[i]);
    }
    double timeout = -1;
    if (n_args > 3 && args[3] != kl_const_none) {
        kl_float_t t;
        if (!kl_obj_get_float_maybe(args[3], &t)) {
            kl_raise_TypeError(KL_ERROR_TEXT("timeout must be a float or None"));
        }
        if (isnan(t)) {
            kl_raise_ValueError(KL_ERROR_TEXT("Invalid value NaN (not a number)"));
        }
        if (t < 0) {
            kl_raise_ValueError(KL_ERROR_TEXT("timeout must be non-negative"));
        }
        timeout = t > 1e9 ? 1e9 : t;
    }
    double deadline = timeout >= 0 ? now_s() + timeout : 0;
    for (;;) {
        fd_set sets[3];
        int max = -1;
        for (int i = 0; i < 3; i++) {
            fill_set(lists[i], &sets[i], &max);
        }
        struct timeval tv, *tvp = NULL;
        if (timeout >= 0) {
            double left = deadline - now_s();
            if (left < 0) {
                left = 0;
            }
            tv.tv_sec = (time_t)left;
            tv.tv_usec = (suseconds_t)((left - (double)tv.tv_sec) * 1e6);
            tvp = &tv;
        }
        int r = select(max + 1, &sets[0], &sets[1], &sets[2], tvp);
        if (r < 0) {
            if (errno == EINTR) {
                after_eintr();
                continue;
            }
            kl_raise_oserror(errno, KL_OBJ_NULL, KL_OBJ_NULL);
        }
        kl_obj_t out[3];
        for (int i = 0; i < 3; i++) {
            out[i] = ready_items(lists[i], &sets[i]);
        }
        return kl_obj_new_tuple(3, out);
    }
}
static KL_DEFINE_FUN_VAR(select_select_obj, select, 3, 4, select_select);

// ==== poll ====

// _fd(obj): the descriptor of [obj], for the poll class.
static kl_obj_t select_fd(kl_obj_t o) {
    return KL_OBJ_NEW_SMALL_INT(fd_of(o));
}
static KL_DEFINE_FUN_1(select_fd_obj, _fd, select_fd);

// _mask(value): an event mask, checked as CPython's poll checks its unsigned short.
static kl_obj_t select_mask(kl_obj_t o) {
    kl_int_t m = kl_obj_get_int(o);
    if (m < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("value must be positive"));
    }
    if (m > 0xffff) {
        kl_raise_OverflowError(KL_ERROR_TEXT("Python int too large for C unsigned short"));
    }
    return KL_OBJ_NEW_SMALL_INT(m);
}
static KL_DEFINE_FUN_1(select_mask_obj, _mask, select_mask);

// _poll(fds, timeout): poll(2) over the list [fds] of (fd, mask) pairs; [timeout] in milliseconds,
// None or negative for no limit. Returns the list of (fd, events) for the descriptors with events.
static kl_obj_t select_poll_raw(kl_obj_t fds, kl_obj_t timeout_obj) {
    double timeout = -1;
    if (timeout_obj != kl_const_none) {
        kl_float_t t;
        if (!kl_obj_get_float_maybe(timeout_obj, &t)) {
            kl_raise_TypeError(KL_ERROR_TEXT("timeout must be an integer or None"));
        }
        if (isnan(t)) {
            kl_raise_ValueError(KL_ERROR_TEXT("Invalid value NaN (not a number)"));
        }
        // CPython rounds a fraction of a millisecond up.
        timeout = t < 0 ? -1 : t > 2e9 ? 2e9 : ceil(t);
    }
    size_t n;
    kl_obj_t *pairs = kl_obj_list_get_items(fds, &n);
    struct pollfd *p = kl_gc_alloc(n * sizeof(struct pollfd) + 1, KL_GC_ATOMIC);
    for (size_t i = 0; i < n; i++) {
        kl_obj_t *pair;
        kl_obj_get_array_fixed_n(pairs[i], 2, &pair);
        p[i].fd = (int)kl_obj_get_int(pair[0]);
        p[i].events = (short)kl_obj_get_int(pair[1]);
        p[i].revents = 0;
    }
    double deadline = timeout >= 0 ? now_s() * 1000 + timeout : 0;
    int r;
    for (;;) {
        int ms = -1;
        if (timeout >= 0) {
            double left = ceil(deadline - now_s() * 1000);
            ms = left < 0 ? 0 : (int)left;
        }
        r = poll(p, (nfds_t)n, ms);
        if (r >= 0) {
            break;
        }
        if (errno != EINTR) {
            kl_raise_oserror(errno, KL_OBJ_NULL, KL_OBJ_NULL);
        }
        after_eintr();
    }
    kl_obj_t out = kl_obj_new_list(0, NULL);
    for (size_t i = 0; i < n && r > 0; i++) {
        if (p[i].revents != 0) {
            kl_obj_t t[2] = {KL_OBJ_NEW_SMALL_INT(p[i].fd),
                             KL_OBJ_NEW_SMALL_INT((unsigned short)p[i].revents)};
            kl_obj_list_append(out, kl_obj_new_tuple(2, t));
            r--;
        }
    }
    return out;
}
static KL_DEFINE_FUN_2(select_poll_raw_obj, _poll, select_poll_raw);

// ==== The Python part ====

// clang-format off
static const char select_python[] =
    "error = OSError\n"
    "class poll:\n"
    "    def __init__(self):\n"
    "        self._fds = {}\n"
    "    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):\n"
    "        self._fds[_fd(fd)] = _mask(eventmask)\n"
    "    def modify(self, fd, eventmask):\n"
    "        fd = _fd(fd)\n"
    "        eventmask = _mask(eventmask)\n"
    "        if fd not in self._fds:\n"
    "            raise FileNotFoundError(2, 'No such file or directory')\n"
    "        self._fds[fd] = eventmask\n"
    "    def unregister(self, fd):\n"
    "        del self._fds[_fd(fd)]\n"
    "    def poll(self, timeout=None):\n"
    "        return _poll(list(self._fds.items()), timeout)\n";
// clang-format on

kl_obj_t kl_mod_select_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_select);
    kl_obj_t g = kl_obj_module_globals(m);
    static const struct {
        uint16_t name;
        const void *fun;
    } funs[] = {
        {KL_QSTR_select, &select_select_obj},
        {KL_QSTR__fd, &select_fd_obj},
        {KL_QSTR__mask, &select_mask_obj},
        {KL_QSTR__poll, &select_poll_raw_obj},
    };
    for (size_t i = 0; i < sizeof(funs) / sizeof(funs[0]); i++) {
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(funs[i].name), KL_ROM_PTR(funs[i].fun));
    }
    static const struct {
        uint16_t name;
        int value;
    } ints[] = {
        {KL_QSTR_POLLIN, POLLIN},         {KL_QSTR_POLLOUT, POLLOUT},
        {KL_QSTR_POLLPRI, POLLPRI},       {KL_QSTR_POLLERR, POLLERR},
        {KL_QSTR_POLLHUP, POLLHUP},       {KL_QSTR_POLLNVAL, POLLNVAL},
        {KL_QSTR_POLLRDNORM, POLLRDNORM}, {KL_QSTR_POLLRDBAND, POLLRDBAND},
        {KL_QSTR_POLLWRNORM, POLLWRNORM}, {KL_QSTR_POLLWRBAND, POLLWRBAND},
    };
    for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(ints[i].name), KL_OBJ_NEW_SMALL_INT(ints[i].value));
    }
    kl_obj_t code = kl_compile(select_python, sizeof(select_python) - 1,
                               kl_qstr_from_str("<frozen select>"), KL_PARSE_FILE);
    kl_vm_exec_code((const kl_obj_code_t *)code, g, g, KL_OBJ_NULL);
    return m;
}

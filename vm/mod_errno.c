// vm/mod_errno.c: the errno module, symbolic names for the error numbers OSError carries.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The numbers are Linux's, which newlib shares for every name listed here, so a program that
// compares e.errno with errno.ENOENT behaves the same on a board and on the host. The names live
// in one const table; errorcode, the reverse mapping, is a dict built from it at first import
// because programs may add to it, as CPython allows.
//
// This file is the pattern for a builtin module: vm/mod_<name>.c, a KL_CFG_MODULE_<NAME> switch
// in vm/config.h, and one row in the table of vm/obj_module.c.

#include "vm/obj_dict.h"
#include "vm/obj_module.h"
#include "vm/runtime.h"

#if KL_CFG_MODULE_ERRNO

#define ERRNO_NAMES(X)                                                                             \
    X(EPERM, 1)                                                                                    \
    X(ENOENT, 2)                                                                                   \
    X(ESRCH, 3)                                                                                    \
    X(EINTR, 4)                                                                                    \
    X(EIO, 5)                                                                                      \
    X(ENXIO, 6)                                                                                    \
    X(E2BIG, 7)                                                                                    \
    X(ENOEXEC, 8)                                                                                  \
    X(EBADF, 9)                                                                                    \
    X(ECHILD, 10)                                                                                  \
    X(EAGAIN, 11)                                                                                  \
    X(ENOMEM, 12)                                                                                  \
    X(EACCES, 13)                                                                                  \
    X(EFAULT, 14)                                                                                  \
    X(EBUSY, 16)                                                                                   \
    X(EEXIST, 17)                                                                                  \
    X(EXDEV, 18)                                                                                   \
    X(ENODEV, 19)                                                                                  \
    X(ENOTDIR, 20)                                                                                 \
    X(EISDIR, 21)                                                                                  \
    X(EINVAL, 22)                                                                                  \
    X(ENFILE, 23)                                                                                  \
    X(EMFILE, 24)                                                                                  \
    X(ENOTTY, 25)                                                                                  \
    X(EFBIG, 27)                                                                                   \
    X(ENOSPC, 28)                                                                                  \
    X(ESPIPE, 29)                                                                                  \
    X(EROFS, 30)                                                                                   \
    X(EMLINK, 31)                                                                                  \
    X(EPIPE, 32)                                                                                   \
    X(EDOM, 33)                                                                                    \
    X(ERANGE, 34)                                                                                  \
    X(EDEADLK, 35)                                                                                 \
    X(EDEADLOCK, 35)                                                                               \
    X(ENAMETOOLONG, 36)                                                                            \
    X(ENOSYS, 38)                                                                                  \
    X(ENOTEMPTY, 39)                                                                               \
    X(ELOOP, 40)                                                                                   \
    X(ENOTSOCK, 88)                                                                                \
    X(EOPNOTSUPP, 95)                                                                              \
    X(ENOTSUP, 95)                                                                                 \
    X(EAFNOSUPPORT, 97)                                                                            \
    X(EADDRINUSE, 98)                                                                              \
    X(EADDRNOTAVAIL, 99)                                                                           \
    X(ENETDOWN, 100)                                                                               \
    X(ENETUNREACH, 101)                                                                            \
    X(ECONNABORTED, 103)                                                                           \
    X(ECONNRESET, 104)                                                                             \
    X(ENOBUFS, 105)                                                                                \
    X(EISCONN, 106)                                                                                \
    X(ENOTCONN, 107)                                                                               \
    X(ETIMEDOUT, 110)                                                                              \
    X(ECONNREFUSED, 111)                                                                           \
    X(EHOSTUNREACH, 113)                                                                           \
    X(EALREADY, 114)                                                                               \
    X(EINPROGRESS, 115)                                                                            \
    X(ECANCELED, 125)

// Where two names share a number, errorcode gives the later one in ERRNO_NAMES (as CPython
// does); EWOULDBLOCK, stored apart, is only an alias.

kl_obj_t kl_mod_errno_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_errno);
    kl_obj_t g = kl_obj_module_globals(m);
    kl_obj_t codes = kl_obj_new_dict(0);
#define X(name, n)                                                                                 \
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_##name), KL_OBJ_NEW_SMALL_INT(n));                \
    kl_obj_dict_store(codes, KL_OBJ_NEW_SMALL_INT(n), KL_OBJ_NEW_QSTR(KL_QSTR_##name));
    ERRNO_NAMES(X)
#undef X
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_EWOULDBLOCK), KL_OBJ_NEW_SMALL_INT(11));
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_errorcode), codes);
    return m;
}

#endif // KL_CFG_MODULE_ERRNO

// unix/mod_os.c: the os module of the unix port: files, directories, the environment.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The core has no operating system, so os is a module of the port, registered through the
// KL_PORT_BUILTIN_MODULES table of unix/port_config.h. The functions that wrap one system call
// are C; the parts that are plain Python in CPython (walk, makedirs, scandir's DirEntry,
// stat_result, the environ mapping that writes through to the process environment) are a short
// Python source below, run in the module's namespace when it is first imported. os.path is the
// frozen module posixpath (lib/posixpath.py), as in CPython, and is registered in sys.modules
// as os.path too, so `import os.path` and `from os import path` both work. Errors are the
// OSError subclass for errno, with the file name, through kl_raise_oserror.

#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "vm/bc.h"
#include "vm/obj_dict.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/parse.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

extern char **environ;

// ==== Arguments ====

// The path in [o]: a str, bytes, or an object with __fspath__ (os.PathLike).
static const char *path_arg(kl_obj_t o, const char *fn, const char *arg) {
    if (!kl_obj_is_str(o) && !kl_obj_is_bytes(o)) {
        kl_obj_t m[2];
        kl_load_method_maybe(o, KL_QSTR___fspath__, m);
        if (m[0] == KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s: %s should be string, bytes or os.PathLike, not %T"),
                             fn, arg, o);
        }
        o = kl_call_method_n_kw(0, 0, m);
    }
    size_t len;
    const char *s = kl_obj_str_get_data(o, &len);
    if (strlen(s) != len) {
        kl_raise_ValueError(KL_ERROR_TEXT("embedded null byte"));
    }
    return s;
}

static KL_NORETURN void raise_errno(kl_obj_t path) {
    kl_raise_oserror(errno, path, KL_OBJ_NULL);
}

static kl_obj_t str_of(const char *s) {
    return kl_obj_new_str(s, strlen(s));
}

// ==== Files and directories ====

static kl_obj_t os_getcwd(void) {
    char buf[4096];
    if (getcwd(buf, sizeof(buf)) == NULL) {
        raise_errno(KL_OBJ_NULL);
    }
    return str_of(buf);
}
static KL_DEFINE_FUN_0(os_getcwd_obj, getcwd, os_getcwd);

static kl_obj_t os_chdir(kl_obj_t path) {
    if (chdir(path_arg(path, "chdir", "path")) != 0) {
        raise_errno(path);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(os_chdir_obj, chdir, os_chdir);

static kl_obj_t os_listdir(size_t n_args, const kl_obj_t *args) {
    kl_obj_t path =
        n_args > 0 && args[0] != kl_const_none ? args[0] : KL_OBJ_NEW_QSTR(KL_QSTR__dot_);
    DIR *d = opendir(path_arg(path, "listdir", "path"));
    if (d == NULL) {
        raise_errno(path);
    }
    bool as_bytes = kl_obj_is_bytes(path);
    kl_obj_t list = kl_obj_new_list(0, NULL);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        size_t len = strlen(e->d_name);
        kl_obj_list_append(list, as_bytes ? kl_obj_new_bytes(e->d_name, len)
                                          : kl_obj_str_decode(e->d_name, len, NULL, "replace"));
    }
    closedir(d);
    return list;
}
static KL_DEFINE_FUN_VAR(os_listdir_obj, listdir, 0, 1, os_listdir);

static kl_obj_t os_mkdir(size_t n_args, const kl_obj_t *args) {
    mode_t mode = n_args > 1 ? (mode_t)kl_obj_get_int(args[1]) : 0777;
    if (mkdir(path_arg(args[0], "mkdir", "path"), mode) != 0) {
        raise_errno(args[0]);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(os_mkdir_obj, mkdir, 1, 2, os_mkdir);

static kl_obj_t os_rmdir(kl_obj_t path) {
    if (rmdir(path_arg(path, "rmdir", "path")) != 0) {
        raise_errno(path);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(os_rmdir_obj, rmdir, os_rmdir);

static kl_obj_t os_remove(kl_obj_t path) {
    if (unlink(path_arg(path, "remove", "path")) != 0) {
        raise_errno(path);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(os_remove_obj, remove, os_remove);
static KL_DEFINE_FUN_1(os_unlink_obj, unlink, os_remove);

static kl_obj_t os_rename(kl_obj_t src, kl_obj_t dst) {
    if (rename(path_arg(src, "rename", "src"), path_arg(dst, "rename", "dst")) != 0) {
        kl_raise_oserror(errno, src, dst);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(os_rename_obj, rename, os_rename);
static KL_DEFINE_FUN_2(os_replace_obj, replace, os_rename);

// The fields of a stat result as a tuple of ints (seconds and nanoseconds apart), for the
// stat_result class of the Python part.
static kl_obj_t stat_tuple(const struct stat *st) {
    kl_obj_t items[13] = {
        kl_obj_new_int_from_ll((long long)st->st_mode),
        kl_obj_new_int_from_ll((long long)st->st_ino),
        kl_obj_new_int_from_ll((long long)st->st_dev),
        kl_obj_new_int_from_ll((long long)st->st_nlink),
        kl_obj_new_int_from_ll((long long)st->st_uid),
        kl_obj_new_int_from_ll((long long)st->st_gid),
        kl_obj_new_int_from_ll((long long)st->st_size),
        kl_obj_new_int_from_ll((long long)st->st_atim.tv_sec),
        kl_obj_new_int_from_ll((long long)st->st_mtim.tv_sec),
        kl_obj_new_int_from_ll((long long)st->st_ctim.tv_sec),
        kl_obj_new_int_from_ll((long long)st->st_atim.tv_nsec),
        kl_obj_new_int_from_ll((long long)st->st_mtim.tv_nsec),
        kl_obj_new_int_from_ll((long long)st->st_ctim.tv_nsec),
    };
    return kl_obj_new_tuple(13, items);
}

// _stat(path, follow_symlinks): the raw fields; stat() in the Python part wraps them.
static kl_obj_t os_stat_raw(kl_obj_t path, kl_obj_t follow) {
    struct stat st;
    int r;
    if (KL_OBJ_IS_SMALL_INT(path)) {
        r = fstat((int)KL_OBJ_SMALL_INT_VALUE(path), &st);
    } else {
        const char *p = path_arg(path, "stat", "path");
        r = kl_obj_is_true(follow) ? stat(p, &st) : lstat(p, &st);
    }
    if (r != 0) {
        raise_errno(KL_OBJ_IS_SMALL_INT(path) ? KL_OBJ_NULL : path);
    }
    return stat_tuple(&st);
}
static KL_DEFINE_FUN_2(os_stat_raw_obj, _stat, os_stat_raw);

static kl_obj_t os_chmod(kl_obj_t path, kl_obj_t mode) {
    if (chmod(path_arg(path, "chmod", "path"), (mode_t)kl_obj_get_int(mode)) != 0) {
        raise_errno(path);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(os_chmod_obj, chmod, os_chmod);

static kl_obj_t os_symlink(kl_obj_t src, kl_obj_t dst) {
    if (symlink(path_arg(src, "symlink", "src"), path_arg(dst, "symlink", "dst")) != 0) {
        kl_raise_oserror(errno, src, dst);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(os_symlink_obj, symlink, os_symlink);

static kl_obj_t os_link(kl_obj_t src, kl_obj_t dst) {
    if (link(path_arg(src, "link", "src"), path_arg(dst, "link", "dst")) != 0) {
        kl_raise_oserror(errno, src, dst);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(os_link_obj, link, os_link);

static kl_obj_t os_readlink(kl_obj_t path) {
    char buf[4096];
    ssize_t n = readlink(path_arg(path, "readlink", "path"), buf, sizeof(buf));
    if (n < 0) {
        raise_errno(path);
    }
    return kl_obj_is_bytes(path) ? kl_obj_new_bytes(buf, (size_t)n)
                                 : kl_obj_str_decode(buf, (size_t)n, NULL, "replace");
}
static KL_DEFINE_FUN_1(os_readlink_obj, readlink, os_readlink);

// _utime(path, atime_ns, mtime_ns): None for both means now.
static kl_obj_t os_utime_raw(kl_obj_t path, kl_obj_t atime, kl_obj_t mtime) {
    struct timespec ts[2];
    const struct timespec *tp = NULL;
    if (atime != kl_const_none) {
        long long a = (long long)kl_obj_get_int(atime), m = (long long)kl_obj_get_int(mtime);
        ts[0].tv_sec = (time_t)(a / 1000000000);
        ts[0].tv_nsec = (long)(a % 1000000000);
        ts[1].tv_sec = (time_t)(m / 1000000000);
        ts[1].tv_nsec = (long)(m % 1000000000);
        tp = ts;
    }
    if (utimensat(AT_FDCWD, path_arg(path, "utime", "path"), tp, 0) != 0) {
        raise_errno(path);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_3(os_utime_raw_obj, _utime, os_utime_raw);

static kl_obj_t os_access(kl_obj_t path, kl_obj_t mode) {
    return KL_OBJ_FROM_BOOL(access(path_arg(path, "access", "path"), (int)kl_obj_get_int(mode)) ==
                            0);
}
static KL_DEFINE_FUN_2(os_access_obj, access, os_access);

// ==== Descriptors ====

static kl_obj_t os_open(size_t n_args, const kl_obj_t *args) {
    int mode = n_args > 2 ? (int)kl_obj_get_int(args[2]) : 0777;
    int fd =
        open(path_arg(args[0], "open", "path"), (int)kl_obj_get_int(args[1]) | O_CLOEXEC, mode);
    if (fd < 0) {
        raise_errno(args[0]);
    }
    return KL_OBJ_NEW_SMALL_INT(fd);
}
static KL_DEFINE_FUN_VAR(os_open_obj, open, 2, 3, os_open);

static kl_obj_t os_close(kl_obj_t fd) {
    if (close((int)kl_obj_get_int(fd)) != 0) {
        raise_errno(KL_OBJ_NULL);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(os_close_obj, close, os_close);

static kl_obj_t os_read(kl_obj_t fd, kl_obj_t n) {
    kl_int_t len = kl_obj_get_int(n);
    if (len < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("negative length"));
    }
    kl_vstr_t v;
    kl_vstr_init(&v, (size_t)len);
    char *p = kl_vstr_extend(&v, (size_t)len);
    ssize_t got = read((int)kl_obj_get_int(fd), p, (size_t)len);
    if (got < 0) {
        raise_errno(KL_OBJ_NULL);
    }
    kl_vstr_cut_tail(&v, (size_t)(len - got));
    return kl_vstr_to_bytes(&v);
}
static KL_DEFINE_FUN_2(os_read_obj, read, os_read);

static kl_obj_t os_write(kl_obj_t fd, kl_obj_t data) {
    if (!kl_obj_is_bytes(data)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("a bytes-like object is required, not '%T'"), data);
    }
    size_t len;
    const char *s = kl_obj_str_get_data(data, &len);
    ssize_t n = write((int)kl_obj_get_int(fd), s, len);
    if (n < 0) {
        raise_errno(KL_OBJ_NULL);
    }
    return kl_obj_new_int((kl_int_t)n);
}
static KL_DEFINE_FUN_2(os_write_obj, write, os_write);

// ==== Process ====

static kl_obj_t os_putenv(kl_obj_t key, kl_obj_t value) {
    const char *k = path_arg(key, "putenv", "name");
    if (*k == '\0' || strchr(k, '=') != NULL) {
        kl_raise_ValueError(KL_ERROR_TEXT("illegal environment variable name"));
    }
    if (setenv(k, path_arg(value, "putenv", "value"), 1) != 0) {
        raise_errno(KL_OBJ_NULL);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(os_putenv_obj, putenv, os_putenv);

static kl_obj_t os_unsetenv(kl_obj_t key) {
    unsetenv(path_arg(key, "unsetenv", "name"));
    return kl_const_none;
}
static KL_DEFINE_FUN_1(os_unsetenv_obj, unsetenv, os_unsetenv);

static kl_obj_t environ_dict(void) {
    kl_obj_t d = kl_obj_new_dict(0);
    for (char **e = environ; e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL) {
            continue;
        }
        kl_obj_dict_store(d, kl_obj_str_decode(*e, (size_t)(eq - *e), NULL, "replace"),
                          kl_obj_str_decode(eq + 1, strlen(eq + 1), NULL, "replace"));
    }
    return d;
}

static kl_obj_t os_urandom(kl_obj_t n) {
    kl_int_t len = kl_obj_get_int(n);
    if (len < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("negative argument not allowed"));
    }
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        raise_errno(KL_OBJ_NULL);
    }
    kl_vstr_t v;
    kl_vstr_init(&v, (size_t)len);
    char *p = kl_vstr_extend(&v, (size_t)len);
    size_t got = 0;
    while (got < (size_t)len) {
        ssize_t r = read(fd, p + got, (size_t)len - got);
        if (r <= 0) {
            if (r < 0 && errno == EINTR) {
                continue;
            }
            close(fd);
            raise_errno(KL_OBJ_NULL);
        }
        got += (size_t)r;
    }
    close(fd);
    return kl_vstr_to_bytes(&v);
}
static KL_DEFINE_FUN_1(os_urandom_obj, urandom, os_urandom);

static kl_obj_t os_getpid(void) {
    return kl_obj_new_int((kl_int_t)getpid());
}
static KL_DEFINE_FUN_0(os_getpid_obj, getpid, os_getpid);

// The process's ids: one function for the six that take nothing and cannot fail.
static kl_obj_t os_ids(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    long v = 0;
    switch (kl_obj_get_int(args[0])) {
        case 0:
            v = (long)getppid();
            break;
        case 1:
            v = (long)getuid();
            break;
        case 2:
            v = (long)geteuid();
            break;
        case 3:
            v = (long)getgid();
            break;
        case 4:
            v = (long)getegid();
            break;
        default:
            v = (long)getpgrp();
            break;
    }
    return kl_obj_new_int((kl_int_t)v);
}
static KL_DEFINE_FUN_VAR(os_ids_obj, _ids, 1, 1, os_ids);

static kl_obj_t os_umask(kl_obj_t mask) {
    return KL_OBJ_NEW_SMALL_INT((kl_int_t)umask((mode_t)kl_obj_get_int(mask)));
}
static KL_DEFINE_FUN_1(os_umask_obj, umask, os_umask);

static kl_obj_t os_uname_raw(void) {
    struct utsname u;
    if (uname(&u) != 0) {
        raise_errno(KL_OBJ_NULL);
    }
    kl_obj_t items[5] = {str_of(u.sysname), str_of(u.nodename), str_of(u.release),
                         str_of(u.version), str_of(u.machine)};
    return kl_obj_new_tuple(5, items);
}
static KL_DEFINE_FUN_0(os_uname_raw_obj, _uname, os_uname_raw);

static kl_obj_t os_dup(kl_obj_t fd) {
    int r = dup((int)kl_obj_get_int(fd));
    if (r < 0) {
        raise_errno(KL_OBJ_NULL);
    }
    fcntl(r, F_SETFD, FD_CLOEXEC); // not inheritable, as in CPython
    return KL_OBJ_NEW_SMALL_INT(r);
}
static KL_DEFINE_FUN_1(os_dup_obj, dup, os_dup);

static kl_obj_t os_dup2(size_t n_args, const kl_obj_t *args) {
    int fd2 = (int)kl_obj_get_int(args[1]);
    if (dup2((int)kl_obj_get_int(args[0]), fd2) < 0) {
        raise_errno(KL_OBJ_NULL);
    }
    if (n_args > 2 && !kl_obj_is_true(args[2])) {
        fcntl(fd2, F_SETFD, FD_CLOEXEC);
    }
    return KL_OBJ_NEW_SMALL_INT(fd2);
}
static KL_DEFINE_FUN_VAR(os_dup2_obj, dup2, 2, 3, os_dup2);

static kl_obj_t os_lseek(kl_obj_t fd, kl_obj_t pos, kl_obj_t how) {
    off_t r = lseek((int)kl_obj_get_int(fd), (off_t)kl_obj_get_int(pos), (int)kl_obj_get_int(how));
    if (r < 0) {
        raise_errno(KL_OBJ_NULL);
    }
    return kl_obj_new_int((kl_int_t)r);
}
static KL_DEFINE_FUN_3(os_lseek_obj, lseek, os_lseek);

static kl_obj_t os_fsync(kl_obj_t fd) {
    if (fsync((int)kl_obj_get_int(fd)) != 0) {
        raise_errno(KL_OBJ_NULL);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(os_fsync_obj, _fsync, os_fsync);

// truncate(path or fd, length)
static kl_obj_t os_truncate(kl_obj_t target, kl_obj_t length) {
    off_t n = (off_t)kl_obj_get_int(length);
    int r;
    if (kl_obj_is_str(target)) {
        size_t len;
        r = truncate(kl_obj_str_get_data(target, &len), n);
    } else {
        r = ftruncate((int)kl_obj_get_int(target), n);
    }
    if (r != 0) {
        raise_errno(kl_obj_is_str(target) ? target : KL_OBJ_NULL);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(os_truncate_obj, _truncate, os_truncate);

static kl_obj_t os_times_raw(void) {
    struct tms t;
    clock_t elapsed = times(&t);
    long hz = sysconf(_SC_CLK_TCK);
    kl_obj_t items[5] = {kl_obj_new_int((kl_int_t)t.tms_utime),
                         kl_obj_new_int((kl_int_t)t.tms_stime),
                         kl_obj_new_int((kl_int_t)t.tms_cutime),
                         kl_obj_new_int((kl_int_t)t.tms_cstime), kl_obj_new_int((kl_int_t)elapsed)};
    kl_obj_t pair[2] = {kl_obj_new_tuple(5, items), kl_obj_new_int((kl_int_t)hz)};
    return kl_obj_new_tuple(2, pair);
}
static KL_DEFINE_FUN_0(os_times_raw_obj, _times, os_times_raw);

static kl_obj_t os_wait(void) {
    int status = 0;
    pid_t r;
    do {
        r = wait(&status);
    } while (r < 0 && errno == EINTR);
    if (r < 0) {
        raise_errno(KL_OBJ_NULL);
    }
    kl_obj_t items[2] = {kl_obj_new_int((kl_int_t)r), kl_obj_new_int(status)};
    return kl_obj_new_tuple(2, items);
}
static KL_DEFINE_FUN_0(os_wait_obj, wait, os_wait);

static kl_obj_t os_inheritable(size_t n_args, const kl_obj_t *args) {
    int fd = (int)kl_obj_get_int(args[0]);
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) {
        raise_errno(KL_OBJ_NULL);
    }
    if (n_args == 1) {
        return KL_OBJ_FROM_BOOL(!(flags & FD_CLOEXEC));
    }
    flags = kl_obj_is_true(args[1]) ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
    if (fcntl(fd, F_SETFD, flags) < 0) {
        raise_errno(KL_OBJ_NULL);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(os_inheritable_obj, _inheritable, 1, 2, os_inheritable);

static kl_obj_t os_blocking(size_t n_args, const kl_obj_t *args) {
    int fd = (int)kl_obj_get_int(args[0]);
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) {
        raise_errno(KL_OBJ_NULL);
    }
    if (n_args == 1) {
        return KL_OBJ_FROM_BOOL(!(flags & O_NONBLOCK));
    }
    flags = kl_obj_is_true(args[1]) ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
    if (fcntl(fd, F_SETFL, flags) < 0) {
        raise_errno(KL_OBJ_NULL);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(os_blocking_obj, _blocking, 1, 2, os_blocking);

// In stdlib.h outside strict POSIX (glibc, macOS); this file asks for POSIX only.
extern int getloadavg(double loadavg[], int nelem);

static kl_obj_t os_getloadavg(void) {
    double avg[3];
    if (getloadavg(avg, 3) != 3) {
        kl_raise_oserror(0, KL_OBJ_NULL, str_of("Load averages are unobtainable"));
    }
    kl_obj_t items[3] = {kl_obj_new_float(avg[0]), kl_obj_new_float(avg[1]),
                         kl_obj_new_float(avg[2])};
    return kl_obj_new_tuple(3, items);
}
static KL_DEFINE_FUN_0(os_getloadavg_obj, getloadavg, os_getloadavg);

static char **c_strings(kl_obj_t seq);
static void free_strings(char **strings);

// execv(path, args) and, with [search], execvp: replace this process by the program.
static kl_obj_t os_exec(kl_obj_t path, kl_obj_t argl, kl_obj_t search) {
    char **argv = c_strings(argl);
    size_t len;
    const char *p = kl_obj_str_get_data(path, &len);
    char *file = malloc(len + 1);
    if (argv == NULL || file == NULL) {
        free_strings(argv);
        free(file);
        kl_raise_msg(&kl_type_MemoryError, NULL);
    }
    memcpy(file, p, len);
    file[len] = '\0';
    fflush(stdout);
    if (kl_obj_is_true(search)) {
        execvp(file, argv);
    } else {
        execv(file, argv);
    }
    int err = errno;
    free_strings(argv);
    free(file);
    errno = err;
    raise_errno(KL_OBJ_NULL);
}
static KL_DEFINE_FUN_3(os_exec_obj, _exec, os_exec);

static kl_obj_t os_abort(void) {
    abort();
}
static KL_DEFINE_FUN_0(os_abort_obj, abort, os_abort);

static kl_obj_t os_system(kl_obj_t cmd) {
    size_t len;
    if (!kl_obj_is_str(cmd)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("system() argument 'command' must be str, not %T"), cmd);
    }
    int r = system(kl_obj_str_get_data(cmd, &len));
    return kl_obj_new_int(r);
}
static KL_DEFINE_FUN_1(os_system_obj, system, os_system);

// _popen(cmd, mode): run [cmd] with /bin/sh, its stdout (mode 'r') or stdin ('w') on a pipe;
// returns (the parent's end of the pipe, pid). popen() in the Python part wraps it.
static kl_obj_t os_popen_raw(kl_obj_t cmd, kl_obj_t mode) {
    size_t len;
    const char *c = path_arg(cmd, "popen", "cmd");
    bool reading = kl_obj_str_get_data(mode, &len)[0] != 'w';
    int fds[2];
    if (pipe(fds) != 0) {
        raise_errno(KL_OBJ_NULL);
    }
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        raise_errno(KL_OBJ_NULL);
    }
    if (pid == 0) {
        dup2(reading ? fds[1] : fds[0], reading ? STDOUT_FILENO : STDIN_FILENO);
        close(fds[0]);
        close(fds[1]);
        execl("/bin/sh", "sh", "-c", c, (char *)NULL);
        _exit(127);
    }
    close(reading ? fds[1] : fds[0]);
    int fd = reading ? fds[0] : fds[1];
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    kl_obj_t items[2] = {KL_OBJ_NEW_SMALL_INT(fd), kl_obj_new_int((kl_int_t)pid)};
    return kl_obj_new_tuple(2, items);
}
static KL_DEFINE_FUN_2(os_popen_raw_obj, _popen, os_popen_raw);

static kl_obj_t os_waitpid(kl_obj_t pid, kl_obj_t options) {
    int status = 0;
    pid_t r;
    do {
        r = waitpid((pid_t)kl_obj_get_int(pid), &status, (int)kl_obj_get_int(options));
    } while (r < 0 && errno == EINTR);
    if (r < 0) {
        raise_errno(KL_OBJ_NULL);
    }
    kl_obj_t items[2] = {kl_obj_new_int((kl_int_t)r), kl_obj_new_int(status)};
    return kl_obj_new_tuple(2, items);
}
static KL_DEFINE_FUN_2(os_waitpid_obj, waitpid, os_waitpid);

// The exit code of a wait status: the process's status, or minus the signal that ended it.
static kl_obj_t os_waitstatus_to_exitcode(kl_obj_t status) {
    int st = (int)kl_obj_get_int(status);
    if (WIFEXITED(st)) {
        return KL_OBJ_NEW_SMALL_INT(WEXITSTATUS(st));
    }
    if (WIFSIGNALED(st)) {
        return KL_OBJ_NEW_SMALL_INT(-WTERMSIG(st));
    }
    kl_raise_ValueError(KL_ERROR_TEXT("invalid wait status"));
}
static KL_DEFINE_FUN_1(os_waitstatus_to_exitcode_obj, waitstatus_to_exitcode,
                       os_waitstatus_to_exitcode);

static kl_obj_t os_cpu_count(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? kl_obj_new_int(n) : kl_const_none;
}
static KL_DEFINE_FUN_0(os_cpu_count_obj, cpu_count, os_cpu_count);

// ==== Processes: what subprocess (lib/subprocess.py) is built on ====

static kl_obj_t os_pipe(void) {
    int fds[2];
    if (pipe(fds) != 0) {
        raise_errno(KL_OBJ_NULL);
    }
    // Not inherited by programs this one starts, as in CPython (PEP 446).
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    kl_obj_t items[2] = {KL_OBJ_NEW_SMALL_INT(fds[0]), KL_OBJ_NEW_SMALL_INT(fds[1])};
    return kl_obj_new_tuple(2, items);
}
static KL_DEFINE_FUN_0(os_pipe_obj, pipe, os_pipe);

static kl_obj_t os_kill(kl_obj_t pid, kl_obj_t sig) {
    if (kill((pid_t)kl_obj_get_int(pid), (int)kl_obj_get_int(sig)) != 0) {
        raise_errno(KL_OBJ_NULL);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(os_kill_obj, kill, os_kill);

// A NULL-terminated array of malloc'd copies of the str items of [seq] (a list or tuple);
// NULL for None.
static char **c_strings(kl_obj_t seq) {
    if (seq == kl_const_none) {
        return NULL;
    }
    size_t n;
    kl_obj_t *items;
    kl_obj_get_array(seq, &n, &items);
    char **out = calloc(n + 1, sizeof(char *));
    for (size_t i = 0; out != NULL && i < n; i++) {
        size_t len;
        const char *data = kl_obj_str_get_data(items[i], &len);
        out[i] = malloc(len + 1);
        if (out[i] == NULL) {
            break;
        }
        memcpy(out[i], data, len);
        out[i][len] = '\0';
    }
    return out;
}

static void free_strings(char **strings) {
    for (size_t i = 0; strings != NULL && strings[i] != NULL; i++) {
        free(strings[i]);
    }
    free(strings);
}

// _spawn(args, env, cwd, (stdin, stdout, stderr), close_fds): start the program args[0] (found
// on PATH when it has no slash) with the arguments [args], the environment [env] (a list of
// "NAME=value", or None for this one's), in [cwd] (None: here), with the three descriptors
// given (-1: inherited) as its 0, 1 and 2, every other descriptor closed when [close_fds].
// Returns its pid. If the program cannot be started the child reports errno through a pipe
// and this raises the OSError, as CPython's subprocess does.
static kl_obj_t os_spawn(size_t n_args, const kl_obj_t *args) {
    char **argv = c_strings(args[0]);
    char **envp = c_strings(args[1]);
    char **cwd = NULL;
    if (args[2] != kl_const_none) {
        kl_obj_t one[1] = {args[2]};
        cwd = c_strings(kl_obj_new_tuple(1, one));
    }
    kl_obj_t *fdv;
    kl_obj_get_array_fixed_n(args[3], 3, &fdv);
    int fds[3];
    for (int i = 0; i < 3; i++) {
        fds[i] = (int)kl_obj_get_int(fdv[i]);
    }
    bool close_fds = kl_obj_is_true(args[4]);
    (void)n_args;
    int report[2];
    if (argv == NULL || argv[0] == NULL || pipe(report) != 0) {
        int err = argv == NULL ? ENOMEM : argv[0] == NULL ? EINVAL : errno;
        free_strings(argv);
        free_strings(envp);
        free_strings(cwd);
        errno = err;
        raise_errno(KL_OBJ_NULL);
    }
    fcntl(report[1], F_SETFD, FD_CLOEXEC);
    pid_t pid = fork();
    if (pid == 0) {
        // The child: only async-signal-safe calls from here to exec.
        for (int i = 0; i < 3; i++) {
            if (fds[i] >= 0 && fds[i] != i) {
                dup2(fds[i], i);
            } else if (fds[i] == i) {
                fcntl(i, F_SETFD, 0); // keep it across exec
            }
        }
        if (close_fds) {
            long max = sysconf(_SC_OPEN_MAX);
            for (int fd = 3; fd < (max > 0 && max < 65536 ? max : 65536); fd++) {
                if (fd != report[1]) {
                    close(fd);
                }
            }
        }
        if (cwd != NULL && chdir(cwd[0]) != 0) {
            int err[2] = {'c', errno};
            (void)!write(report[1], err, sizeof(err));
            _exit(255);
        }
        // SIGINT and SIGPIPE back to their defaults for the new program.
        signal(SIGINT, SIG_DFL);
        signal(SIGPIPE, SIG_DFL);
        if (envp != NULL) {
            extern char **environ;
            environ = envp;
        }
        execvp(argv[0], argv);
        int err[2] = {'x', errno};
        (void)!write(report[1], err, sizeof(err));
        _exit(255);
    }
    int fork_err = errno;
    close(report[1]);
    free_strings(argv);
    free_strings(envp);
    free_strings(cwd);
    if (pid < 0) {
        close(report[0]);
        errno = fork_err;
        raise_errno(KL_OBJ_NULL);
    }
    // What the child reports if it cannot start the program: the step ('c' changing folder,
    // 'x' exec) and errno; the error names the folder or the program, as CPython's does.
    int child_err[2] = {0, 0};
    ssize_t got;
    do {
        got = read(report[0], child_err, sizeof(child_err));
    } while (got < 0 && errno == EINTR);
    close(report[0]);
    if (got == (ssize_t)sizeof(child_err)) {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        size_t n;
        kl_obj_t *argl;
        kl_obj_get_array(args[0], &n, &argl);
        errno = child_err[1];
        raise_errno(child_err[0] == 'c' ? args[2] : argl[0]);
    }
    return kl_obj_new_int((kl_int_t)pid);
}
static KL_DEFINE_FUN_VAR(os_spawn_obj, _spawn, 5, 5, os_spawn);

// The window size of the terminal on [fd], for get_terminal_size in the Python part.
static kl_obj_t os_terminal_size_raw(kl_obj_t fd) {
    struct winsize ws;
    if (ioctl((int)kl_obj_get_int(fd), TIOCGWINSZ, &ws) != 0) {
        raise_errno(KL_OBJ_NULL);
    }
    kl_obj_t items[2] = {KL_OBJ_NEW_SMALL_INT(ws.ws_col), KL_OBJ_NEW_SMALL_INT(ws.ws_row)};
    return kl_obj_new_tuple(2, items);
}
static KL_DEFINE_FUN_1(os_terminal_size_raw_obj, _terminal_size, os_terminal_size_raw);

static kl_obj_t os_isatty(kl_obj_t fd) {
    return KL_OBJ_FROM_BOOL(isatty((int)kl_obj_get_int(fd)));
}
static KL_DEFINE_FUN_1(os_isatty_obj, isatty, os_isatty);

static kl_obj_t os_strerror(kl_obj_t code) {
    return str_of(strerror((int)kl_obj_get_int(code)));
}
static KL_DEFINE_FUN_1(os_strerror_obj, strerror, os_strerror);

// ==== The Python part ====

// clang-format off
static const char os_python[] =
    "import posixpath as path\n"
    "import sys\n"
    "sys.modules['os.path'] = path\n"
    "error = OSError\n"
    "def getppid(): return _ids(0)\n"
    "def getuid(): return _ids(1)\n"
    "def geteuid(): return _ids(2)\n"
    "def getgid(): return _ids(3)\n"
    "def getegid(): return _ids(4)\n"
    "def getpgrp(): return _ids(5)\n"
    "class _named(tuple):\n"
    "    def __repr__(self):\n"
    "        return 'posix.%s(%s)' % (type(self).__name__,\n"
    "                              ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self)))\n"
    "class uname_result(_named):\n"
    "    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')\n"
    "    n_sequence_fields = 5\n"
    "    sysname = property(lambda s: s[0])\n"
    "    nodename = property(lambda s: s[1])\n"
    "    release = property(lambda s: s[2])\n"
    "    version = property(lambda s: s[3])\n"
    "    machine = property(lambda s: s[4])\n"
    "def uname():\n"
    "    return uname_result(_uname())\n"
    "class times_result(_named):\n"
    "    _fields = ('user', 'system', 'children_user', 'children_system', 'elapsed')\n"
    "    n_sequence_fields = 5\n"
    "    user = property(lambda s: s[0])\n"
    "    system = property(lambda s: s[1])\n"
    "    children_user = property(lambda s: s[2])\n"
    "    children_system = property(lambda s: s[3])\n"
    "    elapsed = property(lambda s: s[4])\n"
    "def times():\n"
    "    ticks, hz = _times()\n"
    "    return times_result([t / hz for t in ticks])\n"
    "def _fd(f):\n"
    "    return f if isinstance(f, int) else f.fileno()\n"
    "def fsync(fd):\n"
    "    _fsync(_fd(fd))\n"
    "def fdatasync(fd):\n"
    "    _fsync(_fd(fd))\n"
    "def ftruncate(fd, length):\n"
    "    _truncate(_fd(fd), length)\n"
    "def truncate(path, length):\n"
    "    _truncate(path if isinstance(path, int) else fspath(path), length)\n"
    "def get_inheritable(fd): return _inheritable(fd)\n"
    "def set_inheritable(fd, inheritable): _inheritable(fd, inheritable)\n"
    "def get_blocking(fd): return _blocking(fd)\n"
    "def set_blocking(fd, blocking): _blocking(fd, blocking)\n"
    "def closerange(fd_low, fd_high):\n"
    "    for fd in range(fd_low, fd_high):\n"
    "        try:\n"
    "            close(fd)\n"
    "        except OSError:\n"
    "            pass\n"
    "def _check_exec_args(args):\n"
    "    if not isinstance(args, (tuple, list)):\n"
    "        raise TypeError('execv() arg 2 must be a tuple or list')\n"
    "    if not args:\n"
    "        raise ValueError('execv() arg 2 must not be empty')\n"
    "    if not args[0]:\n"
    "        raise ValueError('execv() arg 2 first element cannot be empty')\n"
    "    return [fspath(a) for a in args]\n"
    "def execv(path, args):\n"
    "    _exec(fspath(path), _check_exec_args(args), False)\n"
    "def execvp(file, args):\n"
    "    _exec(fspath(file), _check_exec_args(args), True)\n"
    "def execl(file, *args):\n"
    "    execv(file, args)\n"
    "def execlp(file, *args):\n"
    "    execvp(file, args)\n"
    "def get_exec_path(env=None):\n"
    "    if env is None:\n"
    "        env = environ\n"
    "    p = env.get('PATH')\n"
    "    return (p if p is not None else defpath).split(pathsep)\n"
    "def renames(old, new):\n"
    "    head, tail = path.split(new)\n"
    "    if head and tail and not path.exists(head):\n"
    "        makedirs(head)\n"
    "    rename(old, new)\n"
    "    head, tail = path.split(old)\n"
    "    if head and tail:\n"
    "        try:\n"
    "            removedirs(head)\n"
    "        except OSError:\n"
    "            pass\n"
    "class stat_result(tuple):\n"
    "    n_sequence_fields = 10\n"
    "    def __new__(cls, raw):\n"
    "        self = tuple.__new__(cls, raw[:10])\n"
    "        self._ns = raw[10:]\n"
    "        return self\n"
    "    st_mode = property(lambda s: s[0])\n"
    "    st_ino = property(lambda s: s[1])\n"
    "    st_dev = property(lambda s: s[2])\n"
    "    st_nlink = property(lambda s: s[3])\n"
    "    st_uid = property(lambda s: s[4])\n"
    "    st_gid = property(lambda s: s[5])\n"
    "    st_size = property(lambda s: s[6])\n"
    "    st_atime = property(lambda s: s[7] + s._ns[0] / 1e9)\n"
    "    st_mtime = property(lambda s: s[8] + s._ns[1] / 1e9)\n"
    "    st_ctime = property(lambda s: s[9] + s._ns[2] / 1e9)\n"
    "    st_atime_ns = property(lambda s: s[7] * 1000000000 + s._ns[0])\n"
    "    st_mtime_ns = property(lambda s: s[8] * 1000000000 + s._ns[1])\n"
    "    st_ctime_ns = property(lambda s: s[9] * 1000000000 + s._ns[2])\n"
    "    def __repr__(self):\n"
    "        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',\n"
    "                 'st_atime', 'st_mtime', 'st_ctime')\n"
    "        return 'os.stat_result(' + ', '.join('%s=%r' % (n, v) for n, v in zip(names, self)) + ')'\n"
    "class terminal_size(tuple):\n"
    "    n_sequence_fields = 2\n"
    "    columns = property(lambda s: s[0])\n"
    "    lines = property(lambda s: s[1])\n"
    "    def __repr__(self):\n"
    "        return 'os.terminal_size(columns=%r, lines=%r)' % self\n"
    "def get_terminal_size(fd=1):\n"
    "    return terminal_size(_terminal_size(fd))\n"
    "def stat(path, *, dir_fd=None, follow_symlinks=True):\n"
    "    return stat_result(_stat(path, follow_symlinks))\n"
    "def lstat(path, *, dir_fd=None):\n"
    "    return stat_result(_stat(path, False))\n"
    "def fstat(fd):\n"
    "    return stat_result(_stat(fd, True))\n"
    "def fspath(path):\n"
    "    if isinstance(path, (str, bytes)):\n"
    "        return path\n"
    "    f = getattr(type(path), '__fspath__', None)\n"
    "    if f is None:\n"
    "        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__)\n"
    "    return f(path)\n"
    "class PathLike:\n"
    "    def __fspath__(self):\n"
    "        raise NotImplementedError\n"
    "def fsencode(filename):\n"
    "    filename = fspath(filename)\n"
    "    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename\n"
    "def fsdecode(filename):\n"
    "    filename = fspath(filename)\n"
    "    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename\n"
    "def getcwdb():\n"
    "    return getcwd().encode()\n"
    "class _Environ(dict):\n"
    "    def __setitem__(self, key, value):\n"
    "        if not isinstance(key, str):\n"
    "            raise TypeError('str expected, not ' + type(key).__name__)\n"
    "        if not isinstance(value, str):\n"
    "            raise TypeError('str expected, not ' + type(value).__name__)\n"
    "        putenv(key, value)\n"
    "        dict.__setitem__(self, key, value)\n"
    "    def __delitem__(self, key):\n"
    "        dict.__delitem__(self, key)\n"
    "        unsetenv(key)\n"
    "    def pop(self, key, *default):\n"
    "        if key in self:\n"
    "            unsetenv(key)\n"
    "        return dict.pop(self, key, *default)\n"
    "    def setdefault(self, key, value=None):\n"
    "        if key not in self:\n"
    "            self[key] = value\n"
    "        return self[key]\n"
    "    def update(self, *args, **kw):\n"
    "        for k, v in dict(*args, **kw).items():\n"
    "            self[k] = v\n"
    "    def copy(self):\n"
    "        return dict(self)\n"
    "    def __repr__(self):\n"
    "        return 'environ(' + dict.__repr__(self) + ')'\n"
    "environ = _Environ(_environ)\n"
    "del _environ\n"
    "def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):\n"
    "    import builtins\n"
    "    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)\n"
    "class _wrap_close:\n"
    "    def __init__(self, stream, pid):\n"
    "        self._stream = stream\n"
    "        self._pid = pid\n"
    "    def close(self):\n"
    "        self._stream.close()\n"
    "        code = waitstatus_to_exitcode(waitpid(self._pid, 0)[1])\n"
    "        return None if code == 0 else code << 8\n"
    "    def __enter__(self):\n"
    "        return self\n"
    "    def __exit__(self, *args):\n"
    "        self.close()\n"
    "    def __getattr__(self, name):\n"
    "        return getattr(self._stream, name)\n"
    "    def __iter__(self):\n"
    "        return iter(self._stream)\n"
    "def popen(cmd, mode='r', buffering=-1):\n"
    "    if not isinstance(cmd, str):\n"
    "        raise TypeError('invalid cmd type (%s, expected string)' % type(cmd))\n"
    "    if mode not in ('r', 'w'):\n"
    "        raise ValueError('invalid mode %r' % mode)\n"
    "    fd, pid = _popen(cmd, mode)\n"
    "    import builtins\n"
    "    return _wrap_close(builtins.open(fd, mode, buffering), pid)\n"
    "def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):\n"
    "    if times is not None and ns is not None:\n"
    "        raise ValueError('utime: you may specify either \\'times\\' or \\'ns\\' but not both')\n"
    "    if times is not None:\n"
    "        ns = (int(times[0] * 1e9), int(times[1] * 1e9))\n"
    "    if ns is None:\n"
    "        _utime(path, None, None)\n"
    "    else:\n"
    "        _utime(path, ns[0], ns[1])\n"
    "def getenv(key, default=None):\n"
    "    return environ.get(key, default)\n"
    "def makedirs(name, mode=0o777, exist_ok=False):\n"
    "    head, tail = path.split(name)\n"
    "    if not tail:\n"
    "        head, tail = path.split(head)\n"
    "    if head and tail and not path.exists(head):\n"
    "        try:\n"
    "            makedirs(head, mode, exist_ok)\n"
    "        except FileExistsError:\n"
    "            pass\n"
    "    try:\n"
    "        mkdir(name, mode)\n"
    "    except OSError:\n"
    "        if not exist_ok or not path.isdir(name):\n"
    "            raise\n"
    "def removedirs(name):\n"
    "    rmdir(name)\n"
    "    head, tail = path.split(name)\n"
    "    if not tail:\n"
    "        head, tail = path.split(head)\n"
    "    while head and tail:\n"
    "        try:\n"
    "            rmdir(head)\n"
    "        except OSError:\n"
    "            break\n"
    "        head, tail = path.split(head)\n"
    "class DirEntry:\n"
    "    def __init__(self, top, name):\n"
    "        self.name = name\n"
    "        self.path = path.join(top, name)\n"
    "    def is_dir(self, *, follow_symlinks=True):\n"
    "        try:\n"
    "            return (_stat(self.path, follow_symlinks)[0] & 0o170000) == 0o040000\n"
    "        except OSError:\n"
    "            return False\n"
    "    def is_file(self, *, follow_symlinks=True):\n"
    "        try:\n"
    "            return (_stat(self.path, follow_symlinks)[0] & 0o170000) == 0o100000\n"
    "        except OSError:\n"
    "            return False\n"
    "    def is_symlink(self):\n"
    "        try:\n"
    "            return (_stat(self.path, False)[0] & 0o170000) == 0o120000\n"
    "        except OSError:\n"
    "            return False\n"
    "    def stat(self, *, follow_symlinks=True):\n"
    "        return stat_result(_stat(self.path, follow_symlinks))\n"
    "    def inode(self):\n"
    "        return _stat(self.path, False)[1]\n"
    "    def __fspath__(self):\n"
    "        return self.path\n"
    "    def __repr__(self):\n"
    "        return '<DirEntry %r>' % self.name\n"
    "class _ScandirIterator:\n"
    "    def __init__(self, top):\n"
    "        self._it = iter([DirEntry(top, n) for n in listdir(top)])\n"
    "    def __iter__(self):\n"
    "        return self\n"
    "    def __next__(self):\n"
    "        return next(self._it)\n"
    "    def __enter__(self):\n"
    "        return self\n"
    "    def __exit__(self, *args):\n"
    "        self._it = iter(())\n"
    "    def close(self):\n"
    "        self._it = iter(())\n"
    "def scandir(path='.'):\n"
    "    return _ScandirIterator(path)\n"
    "def walk(top, topdown=True, onerror=None, followlinks=False):\n"
    "    try:\n"
    "        names = listdir(top)\n"
    "    except OSError as e:\n"
    "        if onerror is not None:\n"
    "            onerror(e)\n"
    "        return\n"
    "    dirs, files = [], []\n"
    "    for n in names:\n"
    "        (dirs if path.isdir(path.join(top, n)) else files).append(n)\n"
    "    if topdown:\n"
    "        yield top, dirs, files\n"
    "    for d in dirs:\n"
    "        p = path.join(top, d)\n"
    "        if followlinks or not path.islink(p):\n"
    "            yield from walk(p, topdown, onerror, followlinks)\n"
    "    if not topdown:\n"
    "        yield top, dirs, files\n";
// clang-format on

kl_obj_t kl_mod_os_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_os);
    kl_obj_t g = kl_obj_module_globals(m);
    static const struct {
        uint16_t name;
        const void *fun;
    } funs[] = {
        {KL_QSTR_getcwd, &os_getcwd_obj},
        {KL_QSTR_chdir, &os_chdir_obj},
        {KL_QSTR_listdir, &os_listdir_obj},
        {KL_QSTR_mkdir, &os_mkdir_obj},
        {KL_QSTR_rmdir, &os_rmdir_obj},
        {KL_QSTR_remove, &os_remove_obj},
        {KL_QSTR_unlink, &os_unlink_obj},
        {KL_QSTR_rename, &os_rename_obj},
        {KL_QSTR_replace, &os_replace_obj},
        {KL_QSTR__stat, &os_stat_raw_obj},
        {KL_QSTR_access, &os_access_obj},
        {KL_QSTR_symlink, &os_symlink_obj},
        {KL_QSTR_link, &os_link_obj},
        {KL_QSTR_readlink, &os_readlink_obj},
        {KL_QSTR__utime, &os_utime_raw_obj},
        {KL_QSTR_chmod, &os_chmod_obj},
        {KL_QSTR_open, &os_open_obj},
        {KL_QSTR_close, &os_close_obj},
        {KL_QSTR_read, &os_read_obj},
        {KL_QSTR_write, &os_write_obj},
        {KL_QSTR_putenv, &os_putenv_obj},
        {KL_QSTR_unsetenv, &os_unsetenv_obj},
        {KL_QSTR_urandom, &os_urandom_obj},
        {KL_QSTR_getpid, &os_getpid_obj},
        {KL_QSTR_system, &os_system_obj},
        {KL_QSTR_cpu_count, &os_cpu_count_obj},
        {KL_QSTR__popen, &os_popen_raw_obj},
        {KL_QSTR_waitpid, &os_waitpid_obj},
        {KL_QSTR_waitstatus_to_exitcode, &os_waitstatus_to_exitcode_obj},
        {KL_QSTR_strerror, &os_strerror_obj},
        {KL_QSTR__terminal_size, &os_terminal_size_raw_obj},
        {KL_QSTR_pipe, &os_pipe_obj},
        {KL_QSTR_kill, &os_kill_obj},
        {KL_QSTR__spawn, &os_spawn_obj},
        {KL_QSTR__ids, &os_ids_obj},
        {KL_QSTR_umask, &os_umask_obj},
        {KL_QSTR__uname, &os_uname_raw_obj},
        {KL_QSTR_dup, &os_dup_obj},
        {KL_QSTR_dup2, &os_dup2_obj},
        {KL_QSTR_lseek, &os_lseek_obj},
        {KL_QSTR__fsync, &os_fsync_obj},
        {KL_QSTR__truncate, &os_truncate_obj},
        {KL_QSTR__times, &os_times_raw_obj},
        {KL_QSTR_wait, &os_wait_obj},
        {KL_QSTR__inheritable, &os_inheritable_obj},
        {KL_QSTR__blocking, &os_blocking_obj},
        {KL_QSTR_getloadavg, &os_getloadavg_obj},
        {KL_QSTR__exec, &os_exec_obj},
        {KL_QSTR_abort, &os_abort_obj},
        {KL_QSTR_isatty, &os_isatty_obj},
    };
    for (size_t i = 0; i < sizeof(funs) / sizeof(funs[0]); i++) {
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(funs[i].name), KL_ROM_PTR(funs[i].fun));
    }
    static const struct {
        uint16_t name;
        const char *value;
    } strs[] = {
        {KL_QSTR_name, "posix"},        {KL_QSTR_sep, "/"},
        {KL_QSTR_altsep, NULL},         {KL_QSTR_curdir, "."},
        {KL_QSTR_pardir, ".."},         {KL_QSTR_extsep, "."},
        {KL_QSTR_linesep, "\n"},        {KL_QSTR_pathsep, ":"},
        {KL_QSTR_devnull, "/dev/null"}, {KL_QSTR_defpath, "/bin:/usr/bin"},
    };
    for (size_t i = 0; i < sizeof(strs) / sizeof(strs[0]); i++) {
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(strs[i].name),
                          strs[i].value == NULL ? kl_const_none : str_of(strs[i].value));
    }
    static const struct {
        uint16_t name;
        int value;
    } ints[] = {
        {KL_QSTR_F_OK, F_OK},         {KL_QSTR_R_OK, R_OK},         {KL_QSTR_W_OK, W_OK},
        {KL_QSTR_X_OK, X_OK},         {KL_QSTR_O_RDONLY, O_RDONLY}, {KL_QSTR_O_WRONLY, O_WRONLY},
        {KL_QSTR_O_RDWR, O_RDWR},     {KL_QSTR_O_CREAT, O_CREAT},   {KL_QSTR_O_EXCL, O_EXCL},
        {KL_QSTR_O_TRUNC, O_TRUNC},   {KL_QSTR_O_APPEND, O_APPEND}, {KL_QSTR_SEEK_SET, SEEK_SET},
        {KL_QSTR_SEEK_CUR, SEEK_CUR}, {KL_QSTR_SEEK_END, SEEK_END}, {KL_QSTR_WNOHANG, WNOHANG},
    };
    for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(ints[i].name), KL_OBJ_NEW_SMALL_INT(ints[i].value));
    }
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR__environ), environ_dict());
    // In sys.modules before the Python part runs: posixpath imports os.
    kl_obj_dict_store(kl_state.roots.modules, KL_OBJ_NEW_QSTR(KL_QSTR_os), m);
    kl_obj_t code = kl_compile(os_python, sizeof(os_python) - 1, kl_qstr_from_str("<frozen os>"),
                               KL_PARSE_FILE);
    kl_vm_exec_code((const kl_obj_code_t *)code, g, g, KL_OBJ_NULL);
    return m;
}

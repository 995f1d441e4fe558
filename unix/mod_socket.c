// unix/mod_socket.c: the socket module of the unix port: BSD sockets, names and addresses.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The module has two layers, like CPython's socket.py over _socket. The C part below is a set
// of functions over plain descriptors (_recv(fd, n, flags, timeout), ...) that do the system
// calls, convert addresses between Python tuples or paths and struct sockaddr, and raise the
// OSError subclass for errno with CPython's messages. The socket class itself, makefile()'s
// file objects, create_connection() and the other helpers that CPython writes in Python are a
// Python source below, run in the module's namespace at the first import; being an ordinary
// class, socket.socket can be subclassed like CPython's.
//
// Timeouts work as in CPython: a socket with a timeout (0 included) has O_NONBLOCK set on its
// descriptor, and an operation on one with a positive timeout first waits with poll(2) for the
// descriptor to become ready, raising TimeoutError("timed out") when the time runs out. A
// blocking call interrupted by a signal (EINTR) raises KeyboardInterrupt for a Ctrl-C (the
// port's SIGINT handler sets the interpreter's interrupt flag) and is restarted otherwise.
//
// kinglet has no finalizers: a socket that is never closed keeps its descriptor until exit.

#define _GNU_SOURCE

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "vm/bc.h"
#include "vm/buffer.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/parse.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

// ==== Errors and waiting ====

static KL_NORETURN void raise_errno(void) {
    kl_raise_oserror(errno, KL_OBJ_NULL, KL_OBJ_NULL);
}

// An error of the resolver: socket.gaierror(code, message), or the errno for EAI_SYSTEM.
static KL_NORETURN void raise_gai(int code) {
    if (code == EAI_SYSTEM) {
        raise_errno();
    }
    kl_obj_t args[2] = {KL_OBJ_NEW_SMALL_INT(code), kl_obj_new_str_from_cstr(gai_strerror(code))};
    kl_obj_t mod = kl_obj_dict_get(kl_state.roots.modules, KL_OBJ_NEW_QSTR(KL_QSTR_socket));
    kl_obj_t cls = mod == KL_OBJ_NULL ? KL_OBJ_NULL
                                      : kl_obj_dict_get(kl_obj_module_globals(mod),
                                                        KL_OBJ_NEW_QSTR(KL_QSTR_gaierror));
    if (cls == KL_OBJ_NULL) {
        cls = KL_OBJ_FROM_PTR(&kl_type_OSError);
    }
    kl_raise(kl_call_function_n_kw(cls, 2, 0, args));
}

static KL_NORETURN void raise_oserror_msg(const char *msg) {
    kl_raise_msg(&kl_type_OSError, msg);
}

// After a call ended with EINTR: KeyboardInterrupt for a Ctrl-C, otherwise the caller retries.
static void after_eintr(void) {
    if (kl_state.interrupt) {
        kl_state.interrupt = 0;
        kl_raise_msg(&kl_type_KeyboardInterrupt, NULL);
    }
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// Wait until [fd] is ready for [events], raising TimeoutError at [deadline].
static void wait_ready(int fd, short events, double deadline) {
    for (;;) {
        double left = deadline - now_s();
        if (left <= 0) {
            kl_raise_msg(&kl_type_TimeoutError, KL_ERROR_TEXT("timed out"));
        }
        struct pollfd p = {.fd = fd, .events = events, .revents = 0};
        int r = poll(&p, 1, (int)ceil(left * 1000));
        if (r > 0) {
            return;
        }
        if (r < 0) {
            if (errno != EINTR) {
                raise_errno();
            }
            after_eintr();
        }
    }
}

// The timeout argument of the C functions: None (blocking) as -1, else seconds.
static double timeout_arg(kl_obj_t o) {
    return o == kl_const_none ? -1 : (double)kl_obj_get_float(o);
}

static int fd_arg(kl_obj_t o) {
    int fd = (int)kl_obj_get_int(o);
    if (fd < 0) {
        // A closed socket's descriptor is -1: say what CPython says.
        errno = EBADF;
        raise_errno();
    }
    return fd;
}

// One socket operation, retried as the timeout says. [op] returns what the system call returns
// (-1 with errno set on failure).
typedef struct {
    const char *data;
    size_t len;
    int flags;
    struct sockaddr_storage addr;
    socklen_t addr_len;
} io_args_t;

typedef ssize_t (*sock_op_t)(int fd, io_args_t *a);

static ssize_t sock_call(int fd, short events, double timeout, sock_op_t op, io_args_t *a) {
    double deadline = timeout > 0 ? now_s() + timeout : 0;
    for (;;) {
        if (timeout > 0) {
            wait_ready(fd, events, deadline);
        }
        ssize_t r = op(fd, a);
        if (r >= 0) {
            return r;
        }
        if (errno == EINTR) {
            after_eintr();
            continue;
        }
        if (timeout > 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            continue;
        }
        raise_errno();
    }
}

// ==== Addresses ====

// The address of [host] in [family] (AF_INET or AF_INET6) into [sa]: '' is any address,
// '<broadcast>' the broadcast one, a numeric address is read directly, and any other name is
// looked up.
static void resolve(kl_obj_t host, int family, struct sockaddr_storage *sa) {
    if (!kl_obj_is_str(host) && !kl_buffer_check(host)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("str, bytes or bytearray expected, not %T"), host);
    }
    size_t len;
    const char *p;
    if (kl_obj_is_str(host)) {
        p = kl_obj_str_get_data(host, &len);
    } else {
        kl_buffer_get(host, &p, &len, false);
    }
    char name[256];
    if (len >= sizeof(name) || memchr(p, 0, len) != NULL) {
        if (memchr(p, 0, len) != NULL) {
            kl_raise_TypeError(KL_ERROR_TEXT("host name must not contain null character"));
        }
        raise_oserror_msg(KL_ERROR_TEXT("host name too long"));
    }
    memcpy(name, p, len);
    name[len] = '\0';
    memset(sa, 0, sizeof(*sa));
    if (family == AF_INET) {
        struct sockaddr_in *in = (struct sockaddr_in *)sa;
        in->sin_family = AF_INET;
        if (len == 0) {
            in->sin_addr.s_addr = htonl(INADDR_ANY);
            return;
        }
        if (strcmp(name, "<broadcast>") == 0) {
            in->sin_addr.s_addr = htonl(INADDR_BROADCAST);
            return;
        }
        if (inet_pton(AF_INET, name, &in->sin_addr) == 1) {
            return;
        }
    } else {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)sa;
        in6->sin6_family = AF_INET6;
        if (len == 0) {
            in6->sin6_addr = in6addr_any;
            return;
        }
        if (inet_pton(AF_INET6, name, &in6->sin6_addr) == 1) {
            return;
        }
    }
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = family;
    int err = getaddrinfo(name, NULL, &hints, &res);
    if (err != 0) {
        raise_gai(err);
    }
    memcpy(sa, res->ai_addr,
           res->ai_addrlen < sizeof(*sa) ? res->ai_addrlen : (socklen_t)sizeof(*sa));
    freeaddrinfo(res);
}

// The Python address [o] of a socket of [family] as a struct sockaddr, for the method [fn].
static socklen_t addr_arg(int family, kl_obj_t o, const char *fn, struct sockaddr_storage *sa) {
    memset(sa, 0, sizeof(*sa));
    if (family == AF_UNIX) {
        struct sockaddr_un *un = (struct sockaddr_un *)sa;
        size_t len;
        const char *p;
        if (kl_obj_is_str(o)) {
            p = kl_obj_str_get_data(o, &len);
        } else {
            kl_buffer_get(o, &p, &len, false);
        }
        if (len > sizeof(un->sun_path)) {
            raise_oserror_msg(KL_ERROR_TEXT("AF_UNIX path too long"));
        }
        un->sun_family = AF_UNIX;
        memcpy(un->sun_path, p, len);
        // A path is NUL-terminated when there is room; an abstract name (a leading NUL) is not.
        return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len +
                           (len > 0 && p[0] != '\0' && len < sizeof(un->sun_path) ? 1 : 0));
    }
    if (family != AF_INET && family != AF_INET6) {
        raise_oserror_msg(KL_ERROR_TEXT("getsockaddrarg: bad family"));
    }
    const char *fam = family == AF_INET ? "AF_INET" : "AF_INET6";
    if (!kl_obj_is_type(o, &kl_type_tuple)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s(): %s address must be tuple, not %T"), fn, fam, o);
    }
    size_t n;
    kl_obj_t *items;
    kl_obj_get_array(o, &n, &items);
    if (family == AF_INET && n != 2) {
        kl_raise_TypeError(KL_ERROR_TEXT("AF_INET address must be a pair (host, port)"));
    }
    if (family == AF_INET6 && (n < 2 || n > 4)) {
        kl_raise_TypeError(
            KL_ERROR_TEXT("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"));
    }
    if (!kl_obj_is_str(items[0]) && !kl_buffer_check(items[0])) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("str, bytes or bytearray expected, not %T"), items[0]);
    }
    kl_int_t port = kl_obj_get_int(items[1]);
    if (port < 0 || port > 65535) {
        kl_raise_msg_fmt(&kl_type_OverflowError, KL_ERROR_TEXT("%s(): port must be 0-65535."), fn);
    }
    kl_int_t flowinfo = n > 2 ? kl_obj_get_int(items[2]) : 0;
    kl_int_t scope_id = n > 3 ? kl_obj_get_int(items[3]) : 0;
    if (flowinfo < 0 || flowinfo > 0xfffff) {
        kl_raise_msg_fmt(&kl_type_OverflowError, KL_ERROR_TEXT("%s(): flowinfo must be 0-1048575."),
                         fn);
    }
    resolve(items[0], family, sa);
    if (family == AF_INET) {
        ((struct sockaddr_in *)sa)->sin_port = htons((uint16_t)port);
        return sizeof(struct sockaddr_in);
    }
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)sa;
    in6->sin6_port = htons((uint16_t)port);
    in6->sin6_flowinfo = htonl((uint32_t)flowinfo);
    in6->sin6_scope_id = (uint32_t)scope_id;
    return sizeof(struct sockaddr_in6);
}

// The Python form of the address [sa] of [len] bytes.
static kl_obj_t addr_obj(const struct sockaddr_storage *sa, socklen_t len) {
    char buf[INET6_ADDRSTRLEN];
    if (len == 0) {
        return kl_const_none;
    }
    switch (sa->ss_family) {
        case AF_INET: {
            const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
            inet_ntop(AF_INET, &in->sin_addr, buf, sizeof(buf));
            kl_obj_t t[2] = {kl_obj_new_str_from_cstr(buf),
                             KL_OBJ_NEW_SMALL_INT(ntohs(in->sin_port))};
            return kl_obj_new_tuple(2, t);
        }
        case AF_INET6: {
            const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
            inet_ntop(AF_INET6, &in6->sin6_addr, buf, sizeof(buf));
            kl_obj_t t[4] = {kl_obj_new_str_from_cstr(buf),
                             KL_OBJ_NEW_SMALL_INT(ntohs(in6->sin6_port)),
                             kl_obj_new_int_from_ll((long long)ntohl(in6->sin6_flowinfo)),
                             kl_obj_new_int_from_ll((long long)in6->sin6_scope_id)};
            return kl_obj_new_tuple(4, t);
        }
        case AF_UNIX: {
            const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
            size_t off = offsetof(struct sockaddr_un, sun_path);
            if (len <= off) {
                return kl_obj_new_str("", 0);
            }
            size_t n = len - off;
            if (un->sun_path[0] == '\0') {
                return kl_obj_new_bytes(un->sun_path, n);
            }
            n = strnlen(un->sun_path, n);
            return kl_obj_str_decode(un->sun_path, n, NULL, "surrogateescape");
        }
        default: {
            kl_obj_t t[2] = {KL_OBJ_NEW_SMALL_INT(sa->ss_family), kl_obj_new_bytes("", 0)};
            return kl_obj_new_tuple(2, t);
        }
    }
}

// ==== Creating and closing ====

static kl_obj_t socket_socket(kl_obj_t family, kl_obj_t type, kl_obj_t proto) {
    int fd = socket((int)kl_obj_get_int(family), (int)kl_obj_get_int(type) | SOCK_CLOEXEC,
                    (int)kl_obj_get_int(proto));
    if (fd < 0) {
        raise_errno();
    }
    return KL_OBJ_NEW_SMALL_INT(fd);
}
static KL_DEFINE_FUN_3(socket_socket_obj, _socket, socket_socket);

// _fdinfo(fd): (family, type, proto) of an open socket, for socket(fileno=fd).
static kl_obj_t socket_fdinfo(kl_obj_t fd_obj) {
    kl_int_t v = kl_obj_get_int(fd_obj);
    if (v < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("negative file descriptor"));
    }
    int fd = (int)v;
    int vals[3];
    static const int opts[3] = {SO_DOMAIN, SO_TYPE, SO_PROTOCOL};
    for (int i = 0; i < 3; i++) {
        socklen_t len = sizeof(vals[i]);
        if (getsockopt(fd, SOL_SOCKET, opts[i], &vals[i], &len) != 0) {
            raise_errno();
        }
    }
    kl_obj_t t[3] = {KL_OBJ_NEW_SMALL_INT(vals[0]), KL_OBJ_NEW_SMALL_INT(vals[1]),
                     KL_OBJ_NEW_SMALL_INT(vals[2])};
    return kl_obj_new_tuple(3, t);
}
static KL_DEFINE_FUN_1(socket_fdinfo_obj, _fdinfo, socket_fdinfo);

static kl_obj_t socket_socketpair(kl_obj_t family, kl_obj_t type, kl_obj_t proto) {
    int fds[2];
    if (socketpair((int)kl_obj_get_int(family), (int)kl_obj_get_int(type) | SOCK_CLOEXEC,
                   (int)kl_obj_get_int(proto), fds) != 0) {
        raise_errno();
    }
    kl_obj_t t[2] = {KL_OBJ_NEW_SMALL_INT(fds[0]), KL_OBJ_NEW_SMALL_INT(fds[1])};
    return kl_obj_new_tuple(2, t);
}
static KL_DEFINE_FUN_3(socket_socketpair_obj, _socketpair, socket_socketpair);

static kl_obj_t socket_close(kl_obj_t fd) {
    // ECONNRESET only says the peer went first: the descriptor is closed all the same.
    if (close(fd_arg(fd)) != 0 && errno != ECONNRESET) {
        raise_errno();
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(socket_close_obj, _close, socket_close);

static kl_obj_t socket_dup(kl_obj_t fd) {
    int r = fcntl(fd_arg(fd), F_DUPFD_CLOEXEC, 0);
    if (r < 0) {
        raise_errno();
    }
    return KL_OBJ_NEW_SMALL_INT(r);
}
static KL_DEFINE_FUN_1(socket_dup_obj, _dup, socket_dup);

static kl_obj_t socket_setblocking(kl_obj_t fd_obj, kl_obj_t blocking) {
    int fd = fd_arg(fd_obj);
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) {
        raise_errno();
    }
    int nfl = kl_obj_is_true(blocking) ? fl & ~O_NONBLOCK : fl | O_NONBLOCK;
    if (nfl != fl && fcntl(fd, F_SETFL, nfl) != 0) {
        raise_errno();
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(socket_setblocking_obj, _setblocking, socket_setblocking);

// _timeout(value): a timeout in seconds checked as CPython checks it; None stays None.
static kl_obj_t socket_timeout(kl_obj_t t) {
    if (t == kl_const_none) {
        return t;
    }
    double v;
    if (kl_obj_is_type(t, &kl_type_float)) {
        v = (double)kl_obj_get_float(t);
        if (isnan(v)) {
            kl_raise_ValueError(KL_ERROR_TEXT("Invalid value NaN (not a number)"));
        }
    } else {
        v = (double)kl_obj_get_int(t);
    }
    if (v < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("Timeout value out of range"));
    }
    return kl_obj_new_float((kl_float_t)v);
}
static KL_DEFINE_FUN_1(socket_timeout_obj, _timeout, socket_timeout);

// ==== Connections ====

static kl_obj_t socket_bind(kl_obj_t fd, kl_obj_t family, kl_obj_t addr) {
    struct sockaddr_storage sa;
    socklen_t len = addr_arg((int)kl_obj_get_int(family), addr, "bind", &sa);
    if (bind(fd_arg(fd), (struct sockaddr *)&sa, len) != 0) {
        raise_errno();
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_3(socket_bind_obj, _bind, socket_bind);

static kl_obj_t socket_listen(kl_obj_t fd, kl_obj_t backlog) {
    kl_int_t b = kl_obj_get_int(backlog);
    if (listen(fd_arg(fd), b < 0 ? 0 : b > SOMAXCONN ? SOMAXCONN : (int)b) != 0) {
        raise_errno();
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(socket_listen_obj, _listen, socket_listen);

// _connect(fd, family, address, timeout, ex): connect; with [ex] true the errno is returned
// (0 for success) instead of raised, as connect_ex() does.
static kl_obj_t socket_connect(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    struct sockaddr_storage sa;
    bool ex = kl_obj_is_true(args[4]);
    socklen_t len =
        addr_arg((int)kl_obj_get_int(args[1]), args[2], ex ? "connect_ex" : "connect", &sa);
    int fd = fd_arg(args[0]);
    double timeout = timeout_arg(args[3]);
    int err = 0;
    if (connect(fd, (struct sockaddr *)&sa, len) != 0) {
        err = errno;
        if (err == EINTR) {
            after_eintr();
        }
        // The connection goes on in the background: wait for it as the timeout allows.
        if ((err == EINTR || (err == EINPROGRESS && timeout > 0))) {
            if (timeout > 0) {
                wait_ready(fd, POLLOUT, now_s() + timeout);
            } else {
                struct pollfd p = {.fd = fd, .events = POLLOUT, .revents = 0};
                while (poll(&p, 1, -1) < 0) {
                    if (errno != EINTR) {
                        raise_errno();
                    }
                    after_eintr();
                }
            }
            socklen_t elen = sizeof(err);
            if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &elen) != 0) {
                err = errno;
            }
        }
    }
    if (ex) {
        return KL_OBJ_NEW_SMALL_INT(err);
    }
    if (err != 0) {
        kl_raise_oserror(err, KL_OBJ_NULL, KL_OBJ_NULL);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(socket_connect_obj, _connect, 5, 5, socket_connect);

static ssize_t op_accept(int fd, io_args_t *a) {
    a->addr_len = sizeof(a->addr);
    return accept4(fd, (struct sockaddr *)&a->addr, &a->addr_len, SOCK_CLOEXEC);
}

// _accept(fd, timeout): (the new descriptor, the peer's address).
static kl_obj_t socket_accept(kl_obj_t fd, kl_obj_t timeout) {
    io_args_t a;
    int nfd = (int)sock_call(fd_arg(fd), POLLIN, timeout_arg(timeout), op_accept, &a);
    kl_obj_t t[2] = {KL_OBJ_NEW_SMALL_INT(nfd), addr_obj(&a.addr, a.addr_len)};
    return kl_obj_new_tuple(2, t);
}
static KL_DEFINE_FUN_2(socket_accept_obj, _accept, socket_accept);

static kl_obj_t socket_shutdown(kl_obj_t fd, kl_obj_t how) {
    if (shutdown(fd_arg(fd), (int)kl_obj_get_int(how)) != 0) {
        raise_errno();
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(socket_shutdown_obj, _shutdown, socket_shutdown);

static kl_obj_t name_of(kl_obj_t fd_obj, bool peer) {
    struct sockaddr_storage sa;
    socklen_t len = sizeof(sa);
    memset(&sa, 0, sizeof(sa));
    int fd = fd_arg(fd_obj);
    if ((peer ? getpeername(fd, (struct sockaddr *)&sa, &len)
              : getsockname(fd, (struct sockaddr *)&sa, &len)) != 0) {
        raise_errno();
    }
    if (len == 0 || (sa.ss_family == AF_UNIX && len <= offsetof(struct sockaddr_un, sun_path))) {
        // An unbound AF_UNIX socket: CPython gives ''.
        return sa.ss_family == AF_UNIX || len == 0 ? kl_obj_new_str("", 0) : addr_obj(&sa, len);
    }
    return addr_obj(&sa, len);
}

static kl_obj_t socket_getsockname(kl_obj_t fd) {
    return name_of(fd, false);
}
static KL_DEFINE_FUN_1(socket_getsockname_obj, _getsockname, socket_getsockname);

static kl_obj_t socket_getpeername(kl_obj_t fd) {
    return name_of(fd, true);
}
static KL_DEFINE_FUN_1(socket_getpeername_obj, _getpeername, socket_getpeername);

// ==== Data ====

static ssize_t op_send(int fd, io_args_t *a) {
    return send(fd, a->data, a->len, a->flags | MSG_NOSIGNAL);
}

static ssize_t op_sendto(int fd, io_args_t *a) {
    return sendto(fd, a->data, a->len, a->flags | MSG_NOSIGNAL, (struct sockaddr *)&a->addr,
                  a->addr_len);
}

static ssize_t op_recv(int fd, io_args_t *a) {
    return recv(fd, (char *)a->data, a->len, a->flags);
}

static ssize_t op_recvfrom(int fd, io_args_t *a) {
    a->addr_len = sizeof(a->addr);
    return recvfrom(fd, (char *)a->data, a->len, a->flags, (struct sockaddr *)&a->addr,
                    &a->addr_len);
}

// _send(fd, data, flags, timeout) -> the number of bytes sent.
static kl_obj_t socket_send(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    io_args_t a;
    kl_buffer_get(args[1], &a.data, &a.len, false);
    a.flags = (int)kl_obj_get_int(args[2]);
    int fd = fd_arg(args[0]);
    return kl_obj_new_int((kl_int_t)sock_call(fd, POLLOUT, timeout_arg(args[3]), op_send, &a));
}
static KL_DEFINE_FUN_VAR(socket_send_obj, _send, 4, 4, socket_send);

// _sendall(fd, data, flags, timeout): send until all is sent; the timeout is for the whole.
static kl_obj_t socket_sendall(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    io_args_t a;
    const char *data;
    size_t len;
    kl_buffer_get(args[1], &data, &len, false);
    // A copy: the bytes of a bytearray may move if a signal's Python code ran between sends.
    kl_obj_t copy = kl_obj_new_bytes(data, len);
    data = kl_obj_str_get_data(copy, &len);
    a.flags = (int)kl_obj_get_int(args[2]);
    int fd = fd_arg(args[0]);
    double timeout = timeout_arg(args[3]), deadline = now_s() + timeout;
    size_t done = 0;
    while (done < len) {
        a.data = data + done;
        a.len = len - done;
        double left = deadline - now_s();
        if (timeout > 0 && left <= 0) {
            kl_raise_msg(&kl_type_TimeoutError, KL_ERROR_TEXT("timed out"));
        }
        done += (size_t)sock_call(fd, POLLOUT, timeout > 0 ? left : timeout, op_send, &a);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(socket_sendall_obj, _sendall, 4, 4, socket_sendall);

// _sendto(fd, family, data, flags, address, timeout) -> the number of bytes sent.
static kl_obj_t socket_sendto(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    io_args_t a;
    kl_buffer_get(args[2], &a.data, &a.len, false);
    a.flags = (int)kl_obj_get_int(args[3]);
    a.addr_len = addr_arg((int)kl_obj_get_int(args[1]), args[4], "sendto", &a.addr);
    kl_buffer_get(args[2], &a.data, &a.len, false);
    int fd = fd_arg(args[0]);
    return kl_obj_new_int((kl_int_t)sock_call(fd, POLLOUT, timeout_arg(args[5]), op_sendto, &a));
}
static KL_DEFINE_FUN_VAR(socket_sendto_obj, _sendto, 6, 6, socket_sendto);

// _recv(fd, n, flags, timeout, from): n bytes at most; with [from] true (recvfrom) a pair of
// the bytes and the sender's address.
static kl_obj_t socket_recv(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    bool from = kl_obj_is_true(args[4]);
    kl_int_t n = kl_obj_get_int(args[1]);
    if (n < 0) {
        kl_raise_ValueError(from ? KL_ERROR_TEXT("negative buffersize in recvfrom")
                                 : KL_ERROR_TEXT("negative buffersize in recv"));
    }
    io_args_t a;
    a.flags = (int)kl_obj_get_int(args[2]);
    int fd = fd_arg(args[0]);
    kl_vstr_t v;
    kl_vstr_init(&v, (size_t)n);
    a.data = kl_vstr_extend(&v, (size_t)n);
    a.len = (size_t)n;
    a.addr_len = 0;
    ssize_t got = sock_call(fd, POLLIN, timeout_arg(args[3]), from ? op_recvfrom : op_recv, &a);
    kl_vstr_cut_tail(&v, (size_t)(n - got));
    kl_obj_t data = kl_vstr_to_bytes(&v);
    if (!from) {
        return data;
    }
    kl_obj_t t[2] = {data, addr_obj(&a.addr, a.addr_len)};
    return kl_obj_new_tuple(2, t);
}
static KL_DEFINE_FUN_VAR(socket_recv_obj, _recv, 5, 5, socket_recv);

// _recv_into(fd, buffer, nbytes, flags, timeout, from): recv_into() and recvfrom_into().
static kl_obj_t socket_recv_into(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    bool from = kl_obj_is_true(args[5]);
    const char *fn = from ? "recvfrom_into" : "recv_into";
    const char *buf;
    size_t len;
    if (!kl_buffer_get_maybe(args[1], &buf, &len, true)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() argument 1 must be read-write bytes-like object, "
                                       "not %T"),
                         fn, args[1]);
    }
    kl_int_t n = kl_obj_get_int(args[2]);
    if (n < 0) {
        kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("negative buffersize in %s"), fn);
    }
    if ((size_t)n > len) {
        kl_raise_ValueError(from ? KL_ERROR_TEXT("nbytes is greater than the length of the buffer")
                                 : KL_ERROR_TEXT("buffer too small for requested bytes"));
    }
    io_args_t a;
    a.flags = (int)kl_obj_get_int(args[3]);
    int fd = fd_arg(args[0]);
    a.data = buf;
    a.len = n == 0 ? len : (size_t)n;
    a.addr_len = 0;
    ssize_t got = sock_call(fd, POLLIN, timeout_arg(args[4]), from ? op_recvfrom : op_recv, &a);
    if (!from) {
        return kl_obj_new_int((kl_int_t)got);
    }
    kl_obj_t t[2] = {kl_obj_new_int((kl_int_t)got), addr_obj(&a.addr, a.addr_len)};
    return kl_obj_new_tuple(2, t);
}
static KL_DEFINE_FUN_VAR(socket_recv_into_obj, _recv_into, 6, 6, socket_recv_into);

// ==== Options ====

// _setsockopt(fd, level, name, value, optlen): an int value, a bytes-like value, or None with
// [optlen].
static kl_obj_t socket_setsockopt(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    int level = (int)kl_obj_get_int(args[1]), name = (int)kl_obj_get_int(args[2]);
    int ival;
    const char *p;
    size_t len;
    if (args[3] == kl_const_none) {
        if (args[4] == kl_const_none) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("a bytes-like object is required, not '%T'"), args[3]);
        }
        p = NULL;
        len = (size_t)kl_obj_get_int(args[4]);
    } else if (kl_buffer_check(args[3])) {
        kl_buffer_get(args[3], &p, &len, false);
    } else {
        kl_int_t v;
        if (!kl_obj_get_int_maybe(args[3], &v)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("a bytes-like object is required, not '%T'"), args[3]);
        }
        ival = (int)v;
        p = (const char *)&ival;
        len = sizeof(ival);
    }
    if (setsockopt(fd_arg(args[0]), level, name, p, (socklen_t)len) != 0) {
        raise_errno();
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(socket_setsockopt_obj, _setsockopt, 5, 5, socket_setsockopt);

// _getsockopt(fd, level, name, buflen): an int for buflen 0, else at most buflen bytes.
static kl_obj_t socket_getsockopt(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    int level = (int)kl_obj_get_int(args[1]), name = (int)kl_obj_get_int(args[2]);
    kl_int_t buflen = kl_obj_get_int(args[3]);
    int fd = fd_arg(args[0]);
    if (buflen == 0) {
        int v = 0;
        socklen_t len = sizeof(v);
        if (getsockopt(fd, level, name, &v, &len) != 0) {
            raise_errno();
        }
        return kl_obj_new_int(v);
    }
    if (buflen < 0 || buflen > 1024) {
        raise_oserror_msg(KL_ERROR_TEXT("getsockopt buflen out of range"));
    }
    char buf[1024];
    socklen_t len = (socklen_t)buflen;
    if (getsockopt(fd, level, name, buf, &len) != 0) {
        raise_errno();
    }
    return kl_obj_new_bytes(buf, len);
}
static KL_DEFINE_FUN_VAR(socket_getsockopt_obj, _getsockopt, 4, 4, socket_getsockopt);

// ==== Names ====

// _getaddrinfo(host, port, family, type, proto, flags): tuples of plain ints; the Python part
// turns the family and type into the enums.
static kl_obj_t socket_getaddrinfo(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    char host[256], port[32];
    const char *h = NULL, *p = NULL;
    size_t len;
    if (args[0] != kl_const_none) {
        const char *s;
        if (kl_obj_is_str(args[0])) {
            s = kl_obj_str_get_data(args[0], &len);
        } else if (kl_obj_is_bytes(args[0])) {
            s = kl_obj_str_get_data(args[0], &len);
        } else {
            kl_raise_TypeError(KL_ERROR_TEXT("getaddrinfo() argument 1 must be string or None"));
        }
        if (len >= sizeof(host) || memchr(s, 0, len) != NULL) {
            kl_raise_msg(&kl_type_UnicodeError, KL_ERROR_TEXT("label too long"));
        }
        memcpy(host, s, len);
        host[len] = '\0';
        h = host;
    }
    kl_int_t pv;
    if (args[1] == kl_const_none) {
        p = NULL;
    } else if (KL_OBJ_IS_SMALL_INT(args[1]) ||
               (kl_obj_get_type(args[1]) == &kl_type_int && kl_obj_get_int_maybe(args[1], &pv))) {
        snprintf(port, sizeof(port), "%lld", (long long)kl_obj_get_int(args[1]));
        p = port;
    } else if (kl_obj_is_str(args[1]) || kl_obj_is_bytes(args[1])) {
        const char *s = kl_obj_str_get_data(args[1], &len);
        if (len >= sizeof(port) || memchr(s, 0, len) != NULL) {
            raise_gai(EAI_SERVICE);
        }
        memcpy(port, s, len);
        port[len] = '\0';
        p = port;
    } else {
        raise_oserror_msg(KL_ERROR_TEXT("Int or String expected"));
    }
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = (int)kl_obj_get_int(args[2]);
    hints.ai_socktype = (int)kl_obj_get_int(args[3]);
    hints.ai_protocol = (int)kl_obj_get_int(args[4]);
    hints.ai_flags = (int)kl_obj_get_int(args[5]);
    int err = getaddrinfo(h, p, &hints, &res);
    if (err != 0) {
        raise_gai(err);
    }
    kl_obj_t list = kl_obj_new_list(0, NULL);
    for (struct addrinfo *r = res; r != NULL; r = r->ai_next) {
        struct sockaddr_storage sa;
        memset(&sa, 0, sizeof(sa));
        memcpy(&sa, r->ai_addr, r->ai_addrlen < sizeof(sa) ? r->ai_addrlen : sizeof(sa));
        kl_obj_t t[5] = {KL_OBJ_NEW_SMALL_INT(r->ai_family), KL_OBJ_NEW_SMALL_INT(r->ai_socktype),
                         KL_OBJ_NEW_SMALL_INT(r->ai_protocol),
                         r->ai_canonname != NULL ? kl_obj_new_str_from_cstr(r->ai_canonname)
                                                 : kl_obj_new_str("", 0),
                         addr_obj(&sa, r->ai_addrlen)};
        kl_obj_list_append(list, kl_obj_new_tuple(5, t));
    }
    freeaddrinfo(res);
    return list;
}
static KL_DEFINE_FUN_VAR(socket_getaddrinfo_obj, _getaddrinfo, 6, 6, socket_getaddrinfo);

static kl_obj_t socket_gethostname(void) {
    char buf[256];
    if (gethostname(buf, sizeof(buf)) != 0) {
        raise_errno();
    }
    buf[sizeof(buf) - 1] = '\0';
    return kl_obj_new_str_from_cstr(buf);
}
static KL_DEFINE_FUN_0(socket_gethostname_obj, gethostname, socket_gethostname);

static kl_obj_t socket_gethostbyname(kl_obj_t host) {
    if (!kl_obj_is_str(host) && !kl_buffer_check(host)) {
        kl_raise_msg_fmt(
            &kl_type_TypeError,
            KL_ERROR_TEXT("gethostbyname() argument 1 must be str, bytes or bytearray, not %T"),
            host);
    }
    struct sockaddr_storage sa;
    resolve(host, AF_INET, &sa);
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &((struct sockaddr_in *)&sa)->sin_addr, buf, sizeof(buf));
    return kl_obj_new_str_from_cstr(buf);
}
static KL_DEFINE_FUN_1(socket_gethostbyname_obj, gethostbyname, socket_gethostbyname);

// _gethostbyaddr(ip): the name of the host with address [ip] (a str), for getfqdn() and
// gethostbyaddr() of the Python part; raises herror-worthy gaierror codes as gaierror.
static kl_obj_t socket_nameinfo(kl_obj_t host) {
    struct sockaddr_storage sa;
    socklen_t len;
    if (!kl_obj_is_str(host)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("gethostbyaddr() argument 1 must be str, not %T"), host);
    }
    size_t n;
    const char *s = kl_obj_str_get_data(host, &n);
    int family = memchr(s, ':', n) != NULL ? AF_INET6 : AF_INET;
    resolve(host, family, &sa);
    len = family == AF_INET ? sizeof(struct sockaddr_in) : sizeof(struct sockaddr_in6);
    char name[NI_MAXHOST];
    int err = getnameinfo((struct sockaddr *)&sa, len, name, sizeof(name), NULL, 0, NI_NAMEREQD);
    if (err != 0) {
        raise_gai(err);
    }
    char buf[INET6_ADDRSTRLEN];
    inet_ntop(family,
              family == AF_INET ? (void *)&((struct sockaddr_in *)&sa)->sin_addr
                                : (void *)&((struct sockaddr_in6 *)&sa)->sin6_addr,
              buf, sizeof(buf));
    kl_obj_t t[2] = {kl_obj_new_str_from_cstr(name), kl_obj_new_str_from_cstr(buf)};
    return kl_obj_new_tuple(2, t);
}
static KL_DEFINE_FUN_1(socket_nameinfo_obj, _nameinfo, socket_nameinfo);

// getnameinfo(sockaddr, flags): (host, port) as strs, for a numeric address.
static kl_obj_t socket_getnameinfo(kl_obj_t sockaddr, kl_obj_t flags_obj) {
    if (!kl_obj_is_type(sockaddr, &kl_type_tuple)) {
        kl_raise_TypeError(KL_ERROR_TEXT("getnameinfo() argument 1 must be a tuple"));
    }
    size_t n;
    kl_obj_t *items;
    kl_obj_get_array(sockaddr, &n, &items);
    kl_int_t port, flowinfo = 0, scope_id = 0;
    if (n < 2 || n > 4 || !kl_obj_is_str(items[0]) || !kl_obj_get_int_maybe(items[1], &port) ||
        (n > 2 && !kl_obj_get_int_maybe(items[2], &flowinfo)) ||
        (n > 3 && !kl_obj_get_int_maybe(items[3], &scope_id))) {
        kl_raise_TypeError(KL_ERROR_TEXT("getnameinfo(): illegal sockaddr argument"));
    }
    int flags = (int)kl_obj_get_int(flags_obj);
    size_t len;
    const char *host = kl_obj_str_get_data(items[0], &len);
    if (strlen(host) != len) {
        kl_raise_TypeError(KL_ERROR_TEXT("getnameinfo(): illegal sockaddr argument"));
    }
    char pbuf[32];
    snprintf(pbuf, sizeof(pbuf), "%lld", (long long)port);
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_NUMERICHOST;
    int err = getaddrinfo(host, pbuf, &hints, &res);
    if (err != 0) {
        raise_gai(err);
    }
    struct sockaddr_storage sa;
    memset(&sa, 0, sizeof(sa));
    socklen_t sa_len = res->ai_addrlen < sizeof(sa) ? res->ai_addrlen : (socklen_t)sizeof(sa);
    memcpy(&sa, res->ai_addr, sa_len);
    bool multiple = res->ai_next != NULL;
    freeaddrinfo(res);
    if (multiple) {
        raise_oserror_msg(KL_ERROR_TEXT("sockaddr resolved to multiple addresses"));
    }
    if (sa.ss_family == AF_INET && n != 2) {
        raise_oserror_msg(KL_ERROR_TEXT("IPv4 sockaddr must be 2 tuple"));
    }
    if (sa.ss_family == AF_INET6) {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&sa;
        in6->sin6_flowinfo = htonl((uint32_t)flowinfo);
        in6->sin6_scope_id = (uint32_t)scope_id;
    }
    char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    err =
        getnameinfo((struct sockaddr *)&sa, sa_len, hbuf, sizeof(hbuf), sbuf, sizeof(sbuf), flags);
    if (err != 0) {
        raise_gai(err);
    }
    kl_obj_t t[2] = {kl_obj_new_str_from_cstr(hbuf), kl_obj_new_str_from_cstr(sbuf)};
    return kl_obj_new_tuple(2, t);
}
static KL_DEFINE_FUN_2(socket_getnameinfo_obj, getnameinfo, socket_getnameinfo);

// ==== Address conversions ====

static kl_obj_t socket_inet_aton(kl_obj_t s) {
    if (!kl_obj_is_str(s)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("inet_aton() argument 1 must be str, not %T"), s);
    }
    size_t len;
    const char *p = kl_obj_str_get_data(s, &len);
    struct in_addr a;
    if (strlen(p) != len || inet_aton(p, &a) == 0) {
        raise_oserror_msg(KL_ERROR_TEXT("illegal IP address string passed to inet_aton"));
    }
    return kl_obj_new_bytes((const char *)&a, 4);
}
static KL_DEFINE_FUN_1(socket_inet_aton_obj, inet_aton, socket_inet_aton);

static kl_obj_t socket_inet_ntoa(kl_obj_t b) {
    const char *p;
    size_t len;
    kl_buffer_get(b, &p, &len, false);
    if (len != 4) {
        raise_oserror_msg(KL_ERROR_TEXT("packed IP wrong length for inet_ntoa"));
    }
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, p, buf, sizeof(buf));
    return kl_obj_new_str_from_cstr(buf);
}
static KL_DEFINE_FUN_1(socket_inet_ntoa_obj, inet_ntoa, socket_inet_ntoa);

static kl_obj_t socket_inet_pton(kl_obj_t family, kl_obj_t s) {
    int af = (int)kl_obj_get_int(family);
    if (!kl_obj_is_str(s)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("inet_pton() argument 2 must be str, not %T"), s);
    }
    size_t len;
    const char *p = kl_obj_str_get_data(s, &len);
    unsigned char buf[16];
    int r = inet_pton(af, p, buf);
    if (r < 0) {
        raise_errno();
    }
    if (r == 0 || strlen(p) != len) {
        raise_oserror_msg(KL_ERROR_TEXT("illegal IP address string passed to inet_pton"));
    }
    return kl_obj_new_bytes((const char *)buf, af == AF_INET ? 4 : 16);
}
static KL_DEFINE_FUN_2(socket_inet_pton_obj, inet_pton, socket_inet_pton);

static kl_obj_t socket_inet_ntop(kl_obj_t family, kl_obj_t b) {
    int af = (int)kl_obj_get_int(family);
    const char *p;
    size_t len;
    kl_buffer_get(b, &p, &len, false);
    if (af != AF_INET && af != AF_INET6) {
        kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("unknown address family %d"), af);
    }
    if (len != (af == AF_INET ? 4u : 16u)) {
        kl_raise_ValueError(KL_ERROR_TEXT("invalid length of packed IP address string"));
    }
    char buf[INET6_ADDRSTRLEN];
    if (inet_ntop(af, p, buf, sizeof(buf)) == NULL) {
        raise_errno();
    }
    return kl_obj_new_str_from_cstr(buf);
}
static KL_DEFINE_FUN_2(socket_inet_ntop_obj, inet_ntop, socket_inet_ntop);

// The byte order functions, with CPython's range errors.
static uint32_t order_arg(kl_obj_t x, const char *fn, bool wide) {
    kl_int_t v = kl_obj_get_int(x);
    if (v < 0) {
        if (wide) {
            kl_raise_OverflowError(KL_ERROR_TEXT("can't convert negative value to unsigned int"));
        }
        kl_raise_msg_fmt(&kl_type_OverflowError,
                         KL_ERROR_TEXT("%s: can't convert negative Python int to C 16-bit "
                                       "unsigned integer"),
                         fn);
    }
    if (wide && (unsigned long long)v > 0xffffffffULL) {
        kl_raise_OverflowError(KL_ERROR_TEXT("int larger than 32 bits"));
    }
    if (!wide && v > 0xffff) {
        kl_raise_msg_fmt(&kl_type_OverflowError,
                         KL_ERROR_TEXT("%s: Python int too large to convert to C 16-bit unsigned "
                                       "integer"),
                         fn);
    }
    return (uint32_t)v;
}

static kl_obj_t socket_htons(kl_obj_t x) {
    return KL_OBJ_NEW_SMALL_INT(htons((uint16_t)order_arg(x, "htons", false)));
}
static KL_DEFINE_FUN_1(socket_htons_obj, htons, socket_htons);

static kl_obj_t socket_ntohs(kl_obj_t x) {
    return KL_OBJ_NEW_SMALL_INT(ntohs((uint16_t)order_arg(x, "ntohs", false)));
}
static KL_DEFINE_FUN_1(socket_ntohs_obj, ntohs, socket_ntohs);

static kl_obj_t socket_htonl(kl_obj_t x) {
    return kl_obj_new_int_from_ll((long long)htonl(order_arg(x, "htonl", true)));
}
static KL_DEFINE_FUN_1(socket_htonl_obj, htonl, socket_htonl);

static kl_obj_t socket_ntohl(kl_obj_t x) {
    return kl_obj_new_int_from_ll((long long)ntohl(order_arg(x, "ntohl", true)));
}
static KL_DEFINE_FUN_1(socket_ntohl_obj, ntohl, socket_ntohl);

// ==== The Python part ====

// clang-format off
static const char socket_python[] =
    "import io as _io\n"
    "from enum import IntEnum as _IntEnum\n"
    "error = OSError\n"
    "timeout = TimeoutError\n"
    "class gaierror(OSError):\n"
    "    pass\n"
    "class herror(OSError):\n"
    "    pass\n"
    "has_ipv6 = True\n"
    "_g = globals()\n"
    "AddressFamily = _IntEnum('AddressFamily', {n: _g[n] for n in\n"
    "                         ('AF_UNSPEC', 'AF_UNIX', 'AF_INET', 'AF_INET6')}, module='socket')\n"
    "SocketKind = _IntEnum('SocketKind', {n: _g[n] for n in\n"
    "                      ('SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW', 'SOCK_SEQPACKET',\n"
    "                       'SOCK_NONBLOCK', 'SOCK_CLOEXEC')}, module='socket')\n"
    "_g.update(AddressFamily.__members__)\n"
    "_g.update(SocketKind.__members__)\n"
    "del _g\n"
    "def _intenum_converter(value, enum_klass):\n"
    "    try:\n"
    "        return enum_klass(value)\n"
    "    except ValueError:\n"
    "        return value\n"
    "_default_timeout = None\n"
    "def getdefaulttimeout():\n"
    "    return _default_timeout\n"
    "def setdefaulttimeout(timeout):\n"
    "    global _default_timeout\n"
    "    _default_timeout = _timeout(timeout)\n"
    "_GLOBAL_DEFAULT_TIMEOUT = object()\n"
    "class socket:\n"
    "    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):\n"
    "        if fileno is None:\n"
    "            if family == -1:\n"
    "                family = AF_INET\n"
    "            if type == -1:\n"
    "                type = SOCK_STREAM\n"
    "            if proto == -1:\n"
    "                proto = 0\n"
    "            fd = _socket(family, type, proto)\n"
    "        else:\n"
    "            f, t, p = _fdinfo(fileno)\n"
    "            fd = fileno.__index__()\n"
    "            if family == -1:\n"
    "                family = f\n"
    "            if type == -1:\n"
    "                type = t\n"
    "            if proto == -1:\n"
    "                proto = p\n"
    "        self._fd = fd\n"
    "        self._family = int(family)\n"
    "        self._type = int(type) & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)\n"
    "        self._proto = int(proto)\n"
    "        self._io_refs = 0\n"
    "        self._closed = False\n"
    "        self._timeout = None\n"
    "        if type & SOCK_NONBLOCK:\n"
    "            self._timeout = 0.0\n"
    "        elif _default_timeout is not None:\n"
    "            self.settimeout(_default_timeout)\n"
    "    family = property(lambda self: _intenum_converter(self._family, AddressFamily))\n"
    "    type = property(lambda self: _intenum_converter(self._type, SocketKind))\n"
    "    proto = property(lambda self: self._proto)\n"
    "    timeout = property(lambda self: self._timeout)\n"
    "    def __enter__(self):\n"
    "        return self\n"
    "    def __exit__(self, *args):\n"
    "        if not self._closed:\n"
    "            self.close()\n"
    "    def __repr__(self):\n"
    "        closed = self._fd == -1\n"
    "        s = '<%s.%s%s fd=%i, family=%s, type=%s, proto=%i' % (\n"
    "            self.__class__.__module__, self.__class__.__qualname__,\n"
    "            ' [closed]' if closed else '', self._fd, self._family, self._type, self._proto)\n"
    "        if not closed:\n"
    "            try:\n"
    "                laddr = self.getsockname()\n"
    "                if laddr:\n"
    "                    s += ', laddr=%s' % str(laddr)\n"
    "            except error:\n"
    "                pass\n"
    "            try:\n"
    "                raddr = self.getpeername()\n"
    "                if raddr:\n"
    "                    s += ', raddr=%s' % str(raddr)\n"
    "            except error:\n"
    "                pass\n"
    "        return s + '>'\n"
    "    def __getstate__(self):\n"
    "        raise TypeError(f\"cannot pickle {self.__class__.__name__!r} object\")\n"
    "    def fileno(self):\n"
    "        return self._fd\n"
    "    def _real_close(self):\n"
    "        fd = self._fd\n"
    "        self._fd = -1\n"
    "        if fd != -1:\n"
    "            _close(fd)\n"
    "    def close(self):\n"
    "        self._closed = True\n"
    "        if self._io_refs <= 0:\n"
    "            self._real_close()\n"
    "    def _decref_socketios(self):\n"
    "        if self._io_refs > 0:\n"
    "            self._io_refs -= 1\n"
    "        if self._closed:\n"
    "            self.close()\n"
    "    def detach(self):\n"
    "        self._closed = True\n"
    "        fd = self._fd\n"
    "        self._fd = -1\n"
    "        return fd\n"
    "    def dup(self):\n"
    "        fd = _dup(self._fd)\n"
    "        sock = self.__class__(self._family, self._type, self._proto, fileno=fd)\n"
    "        sock.settimeout(self.gettimeout())\n"
    "        return sock\n"
    "    def settimeout(self, value):\n"
    "        value = _timeout(value)\n"
    "        self._timeout = value\n"
    "        if self._fd != -1:\n"
    "            _setblocking(self._fd, value is None)\n"
    "    def gettimeout(self):\n"
    "        return self._timeout\n"
    "    def setblocking(self, flag):\n"
    "        value = None if flag else 0.0\n"
    "        self._timeout = value\n"
    "        _setblocking(self._fd, value is None)\n"
    "    def getblocking(self):\n"
    "        return self._timeout != 0.0\n"
    "    def bind(self, address):\n"
    "        _bind(self._fd, self._family, address)\n"
    "    def listen(self, backlog=min(SOMAXCONN, 128)):\n"
    "        _listen(self._fd, backlog)\n"
    "    def connect(self, address):\n"
    "        _connect(self._fd, self._family, address, self._timeout, False)\n"
    "    def connect_ex(self, address):\n"
    "        return _connect(self._fd, self._family, address, self._timeout, True)\n"
    "    def _accept(self):\n"
    "        return _accept(self._fd, self._timeout)\n"
    "    def accept(self):\n"
    "        fd, addr = self._accept()\n"
    "        sock = socket(self._family, self._type, self._proto, fileno=fd)\n"
    "        if getdefaulttimeout() is None and self.gettimeout():\n"
    "            sock.setblocking(True)\n"
    "        return sock, addr\n"
    "    def getsockname(self):\n"
    "        return _getsockname(self._fd)\n"
    "    def getpeername(self):\n"
    "        return _getpeername(self._fd)\n"
    "    def shutdown(self, how):\n"
    "        _shutdown(self._fd, how)\n"
    "    def send(self, data, flags=0):\n"
    "        return _send(self._fd, data, flags, self._timeout)\n"
    "    def sendall(self, data, flags=0):\n"
    "        _sendall(self._fd, data, flags, self._timeout)\n"
    "    def sendto(self, data, *args):\n"
    "        if len(args) == 1:\n"
    "            flags, address = 0, args[0]\n"
    "        elif len(args) == 2:\n"
    "            flags, address = args\n"
    "        else:\n"
    "            raise TypeError('sendto() takes 2 or 3 arguments (%d given)' % (len(args) + 1))\n"
    "        return _sendto(self._fd, self._family, data, flags, address, self._timeout)\n"
    "    def recv(self, bufsize, flags=0):\n"
    "        return _recv(self._fd, bufsize, flags, self._timeout, False)\n"
    "    def recvfrom(self, bufsize, flags=0):\n"
    "        return _recv(self._fd, bufsize, flags, self._timeout, True)\n"
    "    def recv_into(self, buffer, nbytes=0, flags=0):\n"
    "        return _recv_into(self._fd, buffer, nbytes, flags, self._timeout, False)\n"
    "    def recvfrom_into(self, buffer, nbytes=0, flags=0):\n"
    "        return _recv_into(self._fd, buffer, nbytes, flags, self._timeout, True)\n"
    "    def setsockopt(self, level, optname, value, optlen=None):\n"
    "        _setsockopt(self._fd, level, optname, value, optlen)\n"
    "    def getsockopt(self, level, optname, buflen=0):\n"
    "        return _getsockopt(self._fd, level, optname, buflen)\n"
    "    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):\n"
    "        if not set(mode) <= {'r', 'w', 'b'}:\n"
    "            raise ValueError('invalid mode %r (only r, w, b allowed)' % (mode,))\n"
    "        writing = 'w' in mode\n"
    "        reading = 'r' in mode or not writing\n"
    "        binary = 'b' in mode\n"
    "        if buffering == 0 and not binary:\n"
    "            raise ValueError('unbuffered streams must be binary')\n"
    "        rawmode = ''\n"
    "        if reading:\n"
    "            rawmode += 'r'\n"
    "        if writing:\n"
    "            rawmode += 'w'\n"
    "        raw = SocketIO(self, rawmode)\n"
    "        self._io_refs += 1\n"
    "        if buffering is None:\n"
    "            buffering = -1\n"
    "        if buffering < 0:\n"
    "            buffering = _io.DEFAULT_BUFFER_SIZE\n"
    "        if buffering == 0:\n"
    "            return raw\n"
    "        if binary:\n"
    "            return _BufferedSocket(raw)\n"
    "        text = _io.TextIOWrapper(_TextSocketBuffer(raw), encoding, errors, newline)\n"
    "        return text\n"
    "class SocketIO:\n"
    "    def __init__(self, sock, mode):\n"
    "        if mode not in ('r', 'w', 'rw', 'rb', 'wb', 'rwb'):\n"
    "            raise ValueError('invalid mode: %r' % mode)\n"
    "        self._sock = sock\n"
    "        if 'b' not in mode:\n"
    "            mode += 'b'\n"
    "        self._mode = mode\n"
    "        self._reading = 'r' in mode\n"
    "        self._writing = 'w' in mode\n"
    "        self._closed = False\n"
    "    def _check(self):\n"
    "        if self._closed:\n"
    "            raise ValueError('I/O operation on closed file.')\n"
    "    def readinto(self, b):\n"
    "        self._check()\n"
    "        if not self._reading:\n"
    "            raise _io.UnsupportedOperation('File or stream is not readable.')\n"
    "        try:\n"
    "            return self._sock.recv_into(b)\n"
    "        except BlockingIOError:\n"
    "            return None\n"
    "    def read(self, size=-1):\n"
    "        self._check()\n"
    "        if not self._reading:\n"
    "            raise _io.UnsupportedOperation('File or stream is not readable.')\n"
    "        if size is None or size < 0:\n"
    "            chunks = []\n"
    "            while True:\n"
    "                data = self.read(8192)\n"
    "                if not data:\n"
    "                    return b''.join(chunks) if chunks or data is not None else None\n"
    "                chunks.append(data)\n"
    "        try:\n"
    "            return self._sock.recv(size)\n"
    "        except BlockingIOError:\n"
    "            return None\n"
    "    def readall(self):\n"
    "        return self.read()\n"
    "    def write(self, b):\n"
    "        self._check()\n"
    "        if not self._writing:\n"
    "            raise _io.UnsupportedOperation('File or stream is not writable.')\n"
    "        try:\n"
    "            return self._sock.send(b)\n"
    "        except BlockingIOError:\n"
    "            return None\n"
    "    def readable(self):\n"
    "        self._check()\n"
    "        return self._reading\n"
    "    def writable(self):\n"
    "        self._check()\n"
    "        return self._writing\n"
    "    def seekable(self):\n"
    "        self._check()\n"
    "        return False\n"
    "    def isatty(self):\n"
    "        return False\n"
    "    def flush(self):\n"
    "        self._check()\n"
    "    def fileno(self):\n"
    "        self._check()\n"
    "        return self._sock.fileno()\n"
    "    @property\n"
    "    def name(self):\n"
    "        return self.fileno() if not self.closed else -1\n"
    "    @property\n"
    "    def mode(self):\n"
    "        return self._mode\n"
    "    @property\n"
    "    def closed(self):\n"
    "        return self._closed\n"
    "    def close(self):\n"
    "        if self._closed:\n"
    "            return\n"
    "        self._closed = True\n"
    "        self._sock._decref_socketios()\n"
    "        self._sock = None\n"
    "    def __enter__(self):\n"
    "        self._check()\n"
    "        return self\n"
    "    def __exit__(self, *args):\n"
    "        self.close()\n"
    "    def __iter__(self):\n"
    "        self._check()\n"
    "        return self\n"
    "    def __next__(self):\n"
    "        line = self.readline()\n"
    "        if not line:\n"
    "            raise StopIteration\n"
    "        return line\n"
    "    def readline(self, size=-1):\n"
    "        out = bytearray()\n"
    "        while size < 0 or len(out) < size:\n"
    "            b = self.read(1)\n"
    "            if not b:\n"
    "                break\n"
    "            out += b\n"
    "            if b == b'\\n':\n"
    "                break\n"
    "        return bytes(out)\n"
    "class _BufferedSocket:\n"
    "    def __init__(self, raw):\n"
    "        self.raw = raw\n"
    "        self._buf = b''\n"
    "    def _check(self):\n"
    "        if self.raw.closed:\n"
    "            raise ValueError('I/O operation on closed file.')\n"
    "    @property\n"
    "    def closed(self):\n"
    "        return self.raw.closed\n"
    "    @property\n"
    "    def name(self):\n"
    "        return self.raw.name\n"
    "    @property\n"
    "    def mode(self):\n"
    "        return self.raw.mode\n"
    "    def fileno(self):\n"
    "        return self.raw.fileno()\n"
    "    def readable(self):\n"
    "        return self.raw.readable()\n"
    "    def writable(self):\n"
    "        return self.raw.writable()\n"
    "    def seekable(self):\n"
    "        return False\n"
    "    def isatty(self):\n"
    "        return False\n"
    "    def _fill(self, n):\n"
    "        self._check()\n"
    "        data = self.raw.read(n)\n"
    "        if data:\n"
    "            self._buf += data\n"
    "        return data\n"
    "    def read(self, size=-1):\n"
    "        if size is None or size < 0:\n"
    "            while self._fill(8192):\n"
    "                pass\n"
    "            data, self._buf = self._buf, b''\n"
    "            return data\n"
    "        while len(self._buf) < size and self._fill(max(8192, size - len(self._buf))):\n"
    "            pass\n"
    "        data, self._buf = self._buf[:size], self._buf[size:]\n"
    "        return data\n"
    "    def read1(self, size=-1):\n"
    "        if not self._buf and size != 0:\n"
    "            self._fill(8192 if size < 0 else size)\n"
    "        if size < 0 or size > len(self._buf):\n"
    "            size = len(self._buf)\n"
    "        data, self._buf = self._buf[:size], self._buf[size:]\n"
    "        return data\n"
    "    def peek(self, size=0):\n"
    "        if not self._buf:\n"
    "            self._fill(8192)\n"
    "        return self._buf\n"
    "    def readline(self, size=-1):\n"
    "        if size is None:\n"
    "            size = -1\n"
    "        while b'\\n' not in self._buf and (size < 0 or len(self._buf) < size):\n"
    "            if not self._fill(8192):\n"
    "                break\n"
    "        end = self._buf.find(b'\\n') + 1 or len(self._buf)\n"
    "        if 0 <= size < end:\n"
    "            end = size\n"
    "        data, self._buf = self._buf[:end], self._buf[end:]\n"
    "        return data\n"
    "    def readlines(self, hint=-1):\n"
    "        lines = []\n"
    "        total = 0\n"
    "        for line in self:\n"
    "            lines.append(line)\n"
    "            total += len(line)\n"
    "            if 0 < hint <= total:\n"
    "                break\n"
    "        return lines\n"
    "    def readinto(self, b):\n"
    "        view = memoryview(b)\n"
    "        data = self.read(view.nbytes)\n"
    "        view[:len(data)] = data\n"
    "        return len(data)\n"
    "    def write(self, b):\n"
    "        self._check()\n"
    "        if not self.raw.writable():\n"
    "            raise _io.UnsupportedOperation('write')\n"
    "        self.raw._sock.sendall(b)\n"
    "        return memoryview(b).nbytes\n"
    "    def writelines(self, lines):\n"
    "        for line in lines:\n"
    "            self.write(line)\n"
    "    def flush(self):\n"
    "        self._check()\n"
    "    def close(self):\n"
    "        self.raw.close()\n"
    "    def detach(self):\n"
    "        raw, self.raw = self.raw, None\n"
    "        return raw\n"
    "    def __enter__(self):\n"
    "        self._check()\n"
    "        return self\n"
    "    def __exit__(self, *args):\n"
    "        self.close()\n"
    "    def __iter__(self):\n"
    "        self._check()\n"
    "        return self\n"
    "    def __next__(self):\n"
    "        line = self.readline()\n"
    "        if not line:\n"
    "            raise StopIteration\n"
    "        return line\n"
    "class _TextSocketBuffer(_BufferedSocket):\n"
    "    def read(self, size=-1):\n"
    "        return self.read1(size)\n"
    "def socketpair(family=None, type=SOCK_STREAM, proto=0):\n"
    "    if family is None:\n"
    "        family = AF_UNIX\n"
    "    a, b = _socketpair(family, type, proto)\n"
    "    return socket(family, type, proto, a), socket(family, type, proto, b)\n"
    "def fromfd(fd, family, type, proto=0):\n"
    "    return socket(family, type, proto, _dup(fd))\n"
    "def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):\n"
    "    return [(_intenum_converter(af, AddressFamily), _intenum_converter(kind, SocketKind),\n"
    "             p, canon, sa)\n"
    "            for af, kind, p, canon, sa in _getaddrinfo(host, port, family, type, proto, flags)]\n"
    "def gethostbyaddr(ip_address):\n"
    "    try:\n"
    "        name, addr = _nameinfo(ip_address)\n"
    "    except gaierror:\n"
    "        raise herror(1, 'Unknown host') from None\n"
    "    return name, [], [addr]\n"
    "def getfqdn(name=''):\n"
    "    name = name.strip()\n"
    "    if not name or name in ('0.0.0.0', '::'):\n"
    "        name = gethostname()\n"
    "    try:\n"
    "        hostname, aliases, ipaddrs = gethostbyaddr(name)\n"
    "    except error:\n"
    "        pass\n"
    "    else:\n"
    "        aliases.insert(0, hostname)\n"
    "        for name in aliases:\n"
    "            if '.' in name:\n"
    "                break\n"
    "        else:\n"
    "            name = hostname\n"
    "    return name\n"
    "def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,\n"
    "                      all_errors=False):\n"
    "    host, port = address\n"
    "    exceptions = []\n"
    "    for res in getaddrinfo(host, port, 0, SOCK_STREAM):\n"
    "        af, socktype, proto, canonname, sa = res\n"
    "        sock = None\n"
    "        try:\n"
    "            sock = socket(af, socktype, proto)\n"
    "            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:\n"
    "                sock.settimeout(timeout)\n"
    "            if source_address:\n"
    "                sock.bind(source_address)\n"
    "            sock.connect(sa)\n"
    "            exceptions.clear()\n"
    "            return sock\n"
    "        except error as exc:\n"
    "            if not all_errors:\n"
    "                exceptions.clear()\n"
    "            exceptions.append(exc)\n"
    "            if sock is not None:\n"
    "                sock.close()\n"
    "    if len(exceptions):\n"
    "        try:\n"
    "            if not all_errors:\n"
    "                raise exceptions[0]\n"
    "            raise ExceptionGroup('create_connection failed', exceptions)\n"
    "        finally:\n"
    "            exceptions = []\n"
    "    raise error('getaddrinfo returns an empty list')\n"
    "def has_dualstack_ipv6():\n"
    "    try:\n"
    "        with socket(AF_INET6, SOCK_STREAM) as sock:\n"
    "            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)\n"
    "            return True\n"
    "    except error:\n"
    "        return False\n"
    "def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,\n"
    "                  dualstack_ipv6=False):\n"
    "    if dualstack_ipv6 and family != AF_INET6:\n"
    "        raise ValueError('dualstack_ipv6 requires AF_INET6 family')\n"
    "    sock = socket(family, SOCK_STREAM)\n"
    "    try:\n"
    "        try:\n"
    "            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)\n"
    "        except error:\n"
    "            pass\n"
    "        if reuse_port:\n"
    "            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)\n"
    "        if family == AF_INET6:\n"
    "            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)\n"
    "        try:\n"
    "            sock.bind(address)\n"
    "        except error as err:\n"
    "            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)\n"
    "            raise error(err.errno, msg) from None\n"
    "        if backlog is None:\n"
    "            sock.listen()\n"
    "        else:\n"
    "            sock.listen(backlog)\n"
    "        return sock\n"
    "    except error:\n"
    "        sock.close()\n"
    "        raise\n";
// clang-format on

kl_obj_t kl_mod_socket_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_socket);
    kl_obj_t g = kl_obj_module_globals(m);
    static const struct {
        uint16_t name;
        const void *fun;
    } funs[] = {
        {KL_QSTR__socket, &socket_socket_obj},
        {KL_QSTR__fdinfo, &socket_fdinfo_obj},
        {KL_QSTR__socketpair, &socket_socketpair_obj},
        {KL_QSTR__close, &socket_close_obj},
        {KL_QSTR__dup, &socket_dup_obj},
        {KL_QSTR__setblocking, &socket_setblocking_obj},
        {KL_QSTR__timeout, &socket_timeout_obj},
        {KL_QSTR__bind, &socket_bind_obj},
        {KL_QSTR__listen, &socket_listen_obj},
        {KL_QSTR__connect, &socket_connect_obj},
        {KL_QSTR__accept, &socket_accept_obj},
        {KL_QSTR__shutdown, &socket_shutdown_obj},
        {KL_QSTR__getsockname, &socket_getsockname_obj},
        {KL_QSTR__getpeername, &socket_getpeername_obj},
        {KL_QSTR__send, &socket_send_obj},
        {KL_QSTR__sendall, &socket_sendall_obj},
        {KL_QSTR__sendto, &socket_sendto_obj},
        {KL_QSTR__recv, &socket_recv_obj},
        {KL_QSTR__recv_into, &socket_recv_into_obj},
        {KL_QSTR__setsockopt, &socket_setsockopt_obj},
        {KL_QSTR__getsockopt, &socket_getsockopt_obj},
        {KL_QSTR__getaddrinfo, &socket_getaddrinfo_obj},
        {KL_QSTR__nameinfo, &socket_nameinfo_obj},
        {KL_QSTR_getnameinfo, &socket_getnameinfo_obj},
        {KL_QSTR_gethostname, &socket_gethostname_obj},
        {KL_QSTR_gethostbyname, &socket_gethostbyname_obj},
        {KL_QSTR_inet_aton, &socket_inet_aton_obj},
        {KL_QSTR_inet_ntoa, &socket_inet_ntoa_obj},
        {KL_QSTR_inet_pton, &socket_inet_pton_obj},
        {KL_QSTR_inet_ntop, &socket_inet_ntop_obj},
        {KL_QSTR_htons, &socket_htons_obj},
        {KL_QSTR_ntohs, &socket_ntohs_obj},
        {KL_QSTR_htonl, &socket_htonl_obj},
        {KL_QSTR_ntohl, &socket_ntohl_obj},
    };
    for (size_t i = 0; i < sizeof(funs) / sizeof(funs[0]); i++) {
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(funs[i].name), KL_ROM_PTR(funs[i].fun));
    }
    // The constants, by name: the Python part makes the AF_ and SOCK_ ones enum members.
    static const struct {
        const char *name;
        long long value;
    } ints[] = {
        {"AF_UNSPEC", AF_UNSPEC},
        {"AF_UNIX", AF_UNIX},
        {"AF_INET", AF_INET},
        {"AF_INET6", AF_INET6},
        {"SOCK_STREAM", SOCK_STREAM},
        {"SOCK_DGRAM", SOCK_DGRAM},
        {"SOCK_RAW", SOCK_RAW},
        {"SOCK_SEQPACKET", SOCK_SEQPACKET},
        {"SOCK_NONBLOCK", SOCK_NONBLOCK},
        {"SOCK_CLOEXEC", SOCK_CLOEXEC},
        {"SOL_SOCKET", SOL_SOCKET},
        {"SO_REUSEADDR", SO_REUSEADDR},
        {"SO_REUSEPORT", SO_REUSEPORT},
        {"SO_KEEPALIVE", SO_KEEPALIVE},
        {"SO_BROADCAST", SO_BROADCAST},
        {"SO_ERROR", SO_ERROR},
        {"SO_TYPE", SO_TYPE},
        {"SO_LINGER", SO_LINGER},
        {"SO_RCVBUF", SO_RCVBUF},
        {"SO_SNDBUF", SO_SNDBUF},
        {"SO_RCVTIMEO", SO_RCVTIMEO},
        {"SO_SNDTIMEO", SO_SNDTIMEO},
        {"SO_ACCEPTCONN", SO_ACCEPTCONN},
        {"SOL_TCP", SOL_TCP},
        {"SOL_IP", SOL_IP},
        {"IPPROTO_IP", IPPROTO_IP},
        {"IPPROTO_TCP", IPPROTO_TCP},
        {"IPPROTO_UDP", IPPROTO_UDP},
        {"IPPROTO_IPV6", IPPROTO_IPV6},
        {"IPPROTO_ICMP", IPPROTO_ICMP},
        {"IPV6_V6ONLY", IPV6_V6ONLY},
        {"IP_TTL", IP_TTL},
        {"IP_MULTICAST_TTL", IP_MULTICAST_TTL},
        {"IP_MULTICAST_LOOP", IP_MULTICAST_LOOP},
        {"IP_ADD_MEMBERSHIP", IP_ADD_MEMBERSHIP},
        {"TCP_NODELAY", TCP_NODELAY},
        {"TCP_KEEPIDLE", TCP_KEEPIDLE},
        {"TCP_KEEPINTVL", TCP_KEEPINTVL},
        {"TCP_KEEPCNT", TCP_KEEPCNT},
        {"SHUT_RD", SHUT_RD},
        {"SHUT_WR", SHUT_WR},
        {"SHUT_RDWR", SHUT_RDWR},
        {"SOMAXCONN", SOMAXCONN},
        {"MSG_PEEK", MSG_PEEK},
        {"MSG_WAITALL", MSG_WAITALL},
        {"MSG_DONTWAIT", MSG_DONTWAIT},
        {"MSG_OOB", MSG_OOB},
        {"MSG_NOSIGNAL", MSG_NOSIGNAL},
        {"AI_PASSIVE", AI_PASSIVE},
        {"AI_CANONNAME", AI_CANONNAME},
        {"AI_NUMERICHOST", AI_NUMERICHOST},
        {"AI_NUMERICSERV", AI_NUMERICSERV},
        {"AI_ADDRCONFIG", AI_ADDRCONFIG},
        {"AI_V4MAPPED", AI_V4MAPPED},
        {"AI_ALL", AI_ALL},
        {"NI_NUMERICHOST", NI_NUMERICHOST},
        {"NI_NUMERICSERV", NI_NUMERICSERV},
        {"NI_NAMEREQD", NI_NAMEREQD},
        {"NI_DGRAM", NI_DGRAM},
        {"NI_MAXHOST", NI_MAXHOST},
        {"NI_MAXSERV", NI_MAXSERV},
        {"EAI_AGAIN", EAI_AGAIN},
        {"EAI_BADFLAGS", EAI_BADFLAGS},
        {"EAI_FAIL", EAI_FAIL},
        {"EAI_FAMILY", EAI_FAMILY},
        {"EAI_MEMORY", EAI_MEMORY},
        {"EAI_NONAME", EAI_NONAME},
        {"EAI_SERVICE", EAI_SERVICE},
        {"EAI_SOCKTYPE", EAI_SOCKTYPE},
        {"INADDR_ANY", INADDR_ANY},
        {"INADDR_LOOPBACK", INADDR_LOOPBACK},
        {"INADDR_BROADCAST", INADDR_BROADCAST},
    };
    for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
        kl_obj_dict_store(g, kl_obj_new_str_from_cstr(ints[i].name),
                          kl_obj_new_int_from_ll(ints[i].value));
    }
    kl_obj_dict_store(kl_state.roots.modules, KL_OBJ_NEW_QSTR(KL_QSTR_socket), m);
    kl_obj_t code = kl_compile(socket_python, sizeof(socket_python) - 1,
                               kl_qstr_from_str("<frozen socket>"), KL_PARSE_FILE);
    kl_vm_exec_code((const kl_obj_code_t *)code, g, g, KL_OBJ_NULL);
    return m;
}

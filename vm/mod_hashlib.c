// vm/mod_hashlib.c: the hashlib module, MD5, SHA-1 and SHA-2 message digests.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A hash object is a header around a kl_digest_t (vm/digest.c), whose state is a plain struct:
// copy() copies it and digest() finishes a copy, so a digest can be read and more data fed
// after. The constructors and their error messages follow CPython 3.11 built with OpenSSL (the
// usual build), whose objects are all of one type, _hashlib.HASH, named after the algorithm.

#include <string.h>

#include "vm/buffer.h"
#include "vm/digest.h"
#include "vm/gc.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_MODULE_HASHLIB

// The names of the algorithms, in the order of kl_digest_kind_t.
static const uint16_t digest_names[KL_DIGEST_NUM] = {
    KL_QSTR_md5, KL_QSTR_sha1, KL_QSTR_sha224, KL_QSTR_sha256, KL_QSTR_sha384, KL_QSTR_sha512,
};

typedef struct _hash_obj_t {
    kl_obj_base_t base;
    kl_digest_t d;
} hash_obj_t;

static const kl_obj_type_t hash_type;

static hash_obj_t *get_hash(kl_obj_t self) {
    return (hash_obj_t *)kl_obj_native(self, &hash_type);
}

// Feed [data] (bytes-like) to [h], with CPython's messages for a str and for anything else.
static void hash_feed(hash_obj_t *h, kl_obj_t data) {
    if (kl_obj_is_str(data)) {
        kl_raise_TypeError(KL_ERROR_TEXT("Strings must be encoded before hashing"));
    }
    const char *p;
    size_t len;
    if (!kl_buffer_get_maybe(data, &p, &len, false)) {
        kl_raise_TypeError(KL_ERROR_TEXT("object supporting the buffer API required"));
    }
    kl_digest_update(&h->d, (const uint8_t *)p, len);
}

static kl_obj_t new_hash(kl_digest_kind_t kind, kl_obj_t data) {
    hash_obj_t *h = kl_gc_alloc(sizeof(hash_obj_t), KL_GC_ATOMIC);
    h->base.type = &hash_type;
    kl_digest_init(&h->d, kind);
    if (data != KL_OBJ_NULL) {
        hash_feed(h, data);
    }
    return KL_OBJ_FROM_PTR(h);
}

// ==== Hash objects ====

static kl_obj_t hash_update(size_t n_args, const kl_obj_t *args) {
    if (n_args != 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("HASH.update() takes exactly one argument (%z given)"),
                         n_args - 1);
    }
    hash_feed(get_hash(args[0]), args[1]);
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(hash_update_obj, update, 1, 0xffff, hash_update);

static kl_obj_t hash_digest(kl_obj_t self) {
    hash_obj_t *h = get_hash(self);
    uint8_t out[KL_DIGEST_MAX_SIZE];
    kl_digest_final(&h->d, out);
    return kl_obj_new_bytes((const char *)out, kl_digest_size(h->d.kind));
}
static KL_DEFINE_FUN_1(hash_digest_obj, digest, hash_digest);

static kl_obj_t hash_hexdigest(kl_obj_t self) {
    static const char hex[] = "0123456789abcdef";
    hash_obj_t *h = get_hash(self);
    uint8_t out[KL_DIGEST_MAX_SIZE];
    char text[2 * KL_DIGEST_MAX_SIZE];
    kl_digest_final(&h->d, out);
    size_t n = kl_digest_size(h->d.kind);
    for (size_t i = 0; i < n; i++) {
        text[2 * i] = hex[out[i] >> 4];
        text[2 * i + 1] = hex[out[i] & 15];
    }
    return kl_obj_new_str(text, 2 * n);
}
static KL_DEFINE_FUN_1(hash_hexdigest_obj, hexdigest, hash_hexdigest);

static kl_obj_t hash_copy(kl_obj_t self) {
    hash_obj_t *h = get_hash(self);
    hash_obj_t *c = kl_gc_alloc(sizeof(hash_obj_t), KL_GC_ATOMIC);
    *c = *h;
    c->base.type = &hash_type;
    return KL_OBJ_FROM_PTR(c);
}
static KL_DEFINE_FUN_1(hash_copy_obj, copy, hash_copy);

static void hash_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_printf(print, "<%q _hashlib.HASH object @ %p>", digest_names[get_hash(o)->d.kind], o);
}

// name, digest_size and block_size are read-only data of the object.
static void hash_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (attr == KL_QSTR_name || attr == KL_QSTR_digest_size || attr == KL_QSTR_block_size) {
        if (dest[0] != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_AttributeError,
                             KL_ERROR_TEXT("attribute '%q' of '_hashlib.HASH' objects is not "
                                           "writable"),
                             attr);
        }
        kl_digest_kind_t kind = (kl_digest_kind_t)get_hash(self)->d.kind;
        dest[0] = attr == KL_QSTR_name          ? KL_OBJ_NEW_QSTR(digest_names[kind])
                  : attr == KL_QSTR_digest_size ? KL_OBJ_NEW_SMALL_INT(kl_digest_size(kind))
                                                : KL_OBJ_NEW_SMALL_INT(kl_digest_block_size(kind));
        return;
    }
    kl_type_generic_attr(self, attr, dest);
}

static const kl_rom_map_elem_t hash_locals_table[] = {
    {KL_ROM_QSTR(copy), KL_ROM_PTR(&hash_copy_obj)},
    {KL_ROM_QSTR(digest), KL_ROM_PTR(&hash_digest_obj)},
    {KL_ROM_QSTR(hexdigest), KL_ROM_PTR(&hash_hexdigest_obj)},
    {KL_ROM_QSTR(update), KL_ROM_PTR(&hash_update_obj)},
};
static KL_DEFINE_CONST_DICT(hash_locals_dict, hash_locals_table);

static const kl_obj_type_t hash_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR__hashlib_dot_HASH,
    .print = hash_print,
    .attr = hash_attr,
    .locals_dict = &hash_locals_dict,
    .parent = &kl_type_object,
};

// ==== Constructors ====

// The data argument of a constructor: data positional or string= (not both), and
// usedforsecurity= accepted and ignored. [fname] names the function in messages.
static kl_obj_t ctor_data(kl_qstr_t fname, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_args > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q() takes at most 1 positional argument (%z given)"),
                         fname, n_args);
    }
    if (n_args + n_kw > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q() takes at most 2 arguments (%z given)"), fname,
                         n_args + n_kw);
    }
    kl_obj_t data = n_args > 0 ? args[0] : KL_OBJ_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_t key = args[n_args + 2 * i];
        kl_qstr_t q = kl_obj_str_get_qstr(key);
        if (q == KL_QSTR_string) {
            if (data != KL_OBJ_NULL) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("argument for %q() given by name ('string') and "
                                               "position (%d)"),
                                 fname, fname == KL_QSTR_new ? 2 : 1);
            }
            data = args[n_args + 2 * i + 1];
        } else if (q != KL_QSTR_usedforsecurity) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for %q()"), key,
                             fname);
        }
    }
    return data;
}

#define HASH_CTOR(algo, kind)                                                                      \
    static kl_obj_t hashlib_##algo(size_t n_args, size_t n_kw, const kl_obj_t *args) {             \
        return new_hash(kind, ctor_data(KL_QSTR_openssl_##algo, n_args, n_kw, args));              \
    }                                                                                              \
    static KL_DEFINE_FUN_KW(hashlib_##algo##_obj, algo, 0, hashlib_##algo);

HASH_CTOR(md5, KL_DIGEST_MD5)
HASH_CTOR(sha1, KL_DIGEST_SHA1)
HASH_CTOR(sha224, KL_DIGEST_SHA224)
HASH_CTOR(sha256, KL_DIGEST_SHA256)
HASH_CTOR(sha384, KL_DIGEST_SHA384)
HASH_CTOR(sha512, KL_DIGEST_SHA512)

// new(name, data=b'', **kwargs): the name in any case, as OpenSSL takes it.
static kl_obj_t hashlib_new(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t name = n_args > 0 ? args[0] : KL_OBJ_NULL;
    kl_obj_t data = n_args > 1 ? args[1] : KL_OBJ_NULL;
    if (n_args > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("__hash_new() takes from 1 to 2 positional arguments but "
                                       "%z were given"),
                         n_args);
    }
    // Keywords other than name and data go to the constructor, which knows string= and
    // usedforsecurity=.
    kl_obj_t rest[4];
    size_t n_rest = 0;
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_t key = args[n_args + 2 * i];
        kl_obj_t value = args[n_args + 2 * i + 1];
        kl_qstr_t q = kl_obj_str_get_qstr(key);
        kl_obj_t *slot = q == KL_QSTR_name ? &name : q == KL_QSTR_data ? &data : NULL;
        if (slot != NULL) {
            if (*slot != KL_OBJ_NULL) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("__hash_new() got multiple values for argument "
                                               "'%q'"),
                                 q);
            }
            *slot = value;
        } else if (n_rest < 4) {
            rest[n_rest++] = key;
            rest[n_rest++] = value;
        } else {
            kl_raise_TypeError(KL_ERROR_TEXT("new() takes at most 2 arguments"));
        }
    }
    if (name == KL_OBJ_NULL) {
        kl_raise_TypeError(
            KL_ERROR_TEXT("__hash_new() missing 1 required positional argument: 'name'"));
    }
    if (!kl_obj_is_str(name)) {
        kl_raise_TypeError(KL_ERROR_TEXT("name must be a string"));
    }
    size_t len;
    const char *s = kl_obj_str_get_data(name, &len);
    char lower[8];
    if (len < sizeof(lower)) {
        for (size_t i = 0; i < len; i++) {
            lower[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 'a' - 'A') : s[i];
        }
        for (size_t k = 0; k < KL_DIGEST_NUM; k++) {
            size_t qlen;
            const char *q = (const char *)kl_qstr_data(digest_names[k], &qlen);
            if (qlen == len && memcmp(q, lower, len) == 0) {
                // data is passed on by position, so string= clashes with it as in CPython.
                kl_obj_t cargs[5];
                cargs[0] = data != KL_OBJ_NULL ? data : kl_obj_new_bytes(NULL, 0);
                memcpy(cargs + 1, rest, n_rest * sizeof(kl_obj_t));
                return new_hash((kl_digest_kind_t)k, ctor_data(KL_QSTR_new, 1, n_rest / 2, cargs));
            }
        }
    }
    kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("unsupported hash type %S"), name);
}
static KL_DEFINE_FUN_KW(hashlib_new_obj, new, 0, hashlib_new);

kl_obj_t kl_mod_hashlib_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_hashlib);
    kl_obj_t g = kl_obj_module_globals(m);
    static const kl_obj_builtin_t *const ctors[KL_DIGEST_NUM] = {
        &hashlib_md5_obj,    &hashlib_sha1_obj,   &hashlib_sha224_obj,
        &hashlib_sha256_obj, &hashlib_sha384_obj, &hashlib_sha512_obj,
    };
    kl_obj_t names[KL_DIGEST_NUM];
    for (size_t k = 0; k < KL_DIGEST_NUM; k++) {
        names[k] = KL_OBJ_NEW_QSTR(digest_names[k]);
        kl_obj_dict_store(g, names[k], KL_OBJ_FROM_PTR(ctors[k]));
    }
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_new), KL_OBJ_FROM_PTR(&hashlib_new_obj));
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_algorithms_guaranteed),
                      kl_obj_new_set(KL_DIGEST_NUM, names));
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_algorithms_available),
                      kl_obj_new_set(KL_DIGEST_NUM, names));
    return m;
}

#endif // KL_CFG_MODULE_HASHLIB

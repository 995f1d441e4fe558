// vm/unicode_names.c: Unicode character names, for the \N{...} escape of string literals.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Looking a name up runs once per \N escape at compile time, so the table is built for size,
// not speed (vm/gen_unicode_names.py describes it): the query is cut into words, each word is
// found in the word list, and the resulting word numbers are compared with each stored name in
// turn. Two families of names follow a rule and take no table: CJK UNIFIED IDEOGRAPH-<hex> and
// HANGUL SYLLABLE <jamo>, which spells the syllable's three parts.

#include <string.h>

#include "vm/config.h"
#include "vm/unicode_names.h"

#if KL_CFG_UNICODE_NAMES

#include "vm/unicode_names_table.h"

// Longest name we look up, in words and in bytes of word numbers.
#define MAX_WORDS (24)

static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

static bool equal_upper(const char *name, const char *word, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (upper(name[i]) != word[i]) {
            return false;
        }
    }
    return true;
}

// The number of the word [w] of [len] bytes (compared in upper case), or -1.
static int word_number(const char *w, size_t len) {
    const char *p = unicode_words;
    for (int i = 0; *p != '\0'; i++) {
        size_t n = (unsigned char)*p++;
        if (n == len && equal_upper(w, p, len)) {
            return i;
        }
        p += n;
    }
    return -1;
}

// CJK UNIFIED IDEOGRAPH-4E00: the ranges of Unicode 14.0.
static bool cjk_lookup(const char *name, size_t len, uint32_t *cp) {
    static const char prefix[] = "CJK UNIFIED IDEOGRAPH-";
    static const uint32_t ranges[][2] = {
        {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0x20000, 0x2A6DF}, {0x2A700, 0x2B738},
        {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A},
    };
    size_t n = sizeof(prefix) - 1;
    if (len < n + 4 || len > n + 5 || !equal_upper(name, prefix, n)) {
        return false;
    }
    uint32_t v = 0;
    for (size_t i = n; i < len; i++) {
        char c = upper(name[i]);
        if (c >= '0' && c <= '9') {
            v = v * 16 + (uint32_t)(c - '0');
        } else if (c >= 'A' && c <= 'F') {
            v = v * 16 + (uint32_t)(c - 'A' + 10);
        } else {
            return false;
        }
    }
    for (size_t i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++) {
        if (v >= ranges[i][0] && v <= ranges[i][1]) {
            *cp = v;
            return true;
        }
    }
    return false;
}

// The longest of [n] jamo spellings at the start of [name] (the empty one matches anywhere),
// its index in *[which]; returns the bytes it takes.
static size_t jamo(const char *name, size_t len, const char *const *spellings, int n, int *which) {
    size_t best = 0;
    *which = -1;
    for (int i = 0; i < n; i++) {
        size_t k = strlen(spellings[i]);
        if (k <= len && (*which < 0 || k > best) && equal_upper(name, spellings[i], k)) {
            best = k;
            *which = i;
        }
    }
    return best;
}

// HANGUL SYLLABLE GAG: initial, medial and final jamo, as Unicode composes them.
static bool hangul_lookup(const char *name, size_t len, uint32_t *cp) {
    static const char prefix[] = "HANGUL SYLLABLE ";
    static const char *const initial[] = {"G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
                                          "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
    static const char *const medial[] = {"A",   "AE", "YA", "YAE", "EO", "E",  "YEO",
                                         "YE",  "O",  "WA", "WAE", "OE", "YO", "U",
                                         "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
    static const char *const final[] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L",  "LG",
                                        "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                        "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};
    size_t n = sizeof(prefix) - 1;
    if (len <= n || !equal_upper(name, prefix, n)) {
        return false;
    }
    name += n;
    len -= n;
    // The longest initial that still leaves a medial and final that spell the rest.
    for (int i = 0; i < 19; i++) {
        size_t a = strlen(initial[i]);
        if (a > len || !equal_upper(name, initial[i], a)) {
            continue;
        }
        for (int m = 0; m < 21; m++) {
            size_t b = strlen(medial[m]);
            if (a + b > len || !equal_upper(name + a, medial[m], b)) {
                continue;
            }
            int f;
            size_t c = jamo(name + a + b, len - a - b, final, 28, &f);
            if (f >= 0 && a + b + c == len) {
                *cp = 0xAC00 + (uint32_t)((i * 21 + m) * 28 + f);
                return true;
            }
        }
    }
    return false;
}

bool kl_unicode_names_lookup(const char *name, size_t len, uint32_t *cp) {
    if (cjk_lookup(name, len, cp) || hangul_lookup(name, len, cp)) {
        return true;
    }
    // The query as the table spells names: word numbers, '-' being a word of its own with no
    // space around it.
    uint8_t query[MAX_WORDS * 2];
    size_t q = 0, i = 0, words = 0;
    while (i < len) {
        size_t start = i;
        if (name[i] == '-') {
            i++;
        } else {
            while (i < len && name[i] != ' ' && name[i] != '-') {
                i++;
            }
        }
        int w = word_number(name + start, i - start);
        if (w < 0 || ++words > MAX_WORDS) {
            return false;
        }
        if (w < 0x80) {
            query[q++] = (uint8_t)w;
        } else {
            query[q++] = (uint8_t)(0x80 | (w >> 8));
            query[q++] = (uint8_t)w;
        }
        // One space between words, none around a hyphen.
        bool hyphen = name[start] == '-';
        if (i < len && name[i] == ' ') {
            if (hyphen || i + 1 >= len || name[i + 1] == ' ' || name[i + 1] == '-') {
                return false;
            }
            i++;
        } else if (i < len && !hyphen && name[i] != '-') {
            return false;
        }
    }
    const uint8_t *p = unicode_names;
    const uint8_t *end = unicode_names + sizeof(unicode_names);
    size_t run = 0, in_run = 0;
    while (p < end) {
        size_t n = *p++;
        if (n == q && memcmp(p, query, q) == 0) {
            *cp = unicode_runs[run].first + (uint32_t)in_run;
            return true;
        }
        p += n;
        if (++in_run == unicode_runs[run].count) {
            run++;
            in_run = 0;
        }
    }
    return false;
}

#endif // KL_CFG_UNICODE_NAMES

// vm/mod_time.c: the time module: clocks, sleeping, ticks, and calendar time in UTC.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Every clock comes from the port: kl_hal_time_us() for the wall clock (0 on a board without
// a real-time clock, so time() counts from 1970 then), kl_hal_monotonic_us() for monotonic()
// and perf_counter(), and the wrapping 32-bit kl_hal_ticks_* counters for MicroPython's
// ticks_ms()/ticks_diff() API, whose values live in [0, 2**30) as on MicroPython boards.
//
// Calendar conversions are done here with the proleptic Gregorian calendar, without the C
// library's tm functions (which need a time-zone database). kinglet has no time zones:
// localtime() is gmtime() and mktime() its inverse, which is what a board without a zone
// database can honestly offer. struct_time is a tuple subclass made at first import, with one
// property per field (as sys.version_info is).

#include <math.h>
#include <string.h>

#include "vm/bc.h"
#include "vm/hal.h"
#include "vm/obj_dict.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

#if KL_CFG_MODULE_TIME

#define TICKS_PERIOD ((uint32_t)1 << 30)
#define TICKS_MAX (TICKS_PERIOD - 1)
#define TICKS_HALFPERIOD (TICKS_PERIOD >> 1)

// Ctrl-C during a sleep raises KeyboardInterrupt at once.
// Between slices of a sleep: Ctrl-C, and the instruction budget (a watchdog's budget counts the
// time spent sleeping too, a check point per slice).
static void check_interrupt(void) {
    kl_check_interrupt_and_budget();
}

// Append [value] in decimal, padded on the left with [pad] to [width] characters.
static void add_num(kl_vstr_t *v, long long value, int width, char pad) {
    char buf[24];
    unsigned long long u = value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value;
    char *p = kl_vstr_uint_digits(buf + sizeof(buf), u, 10, false);
    if (value < 0) {
        *--p = '-';
    }
    int n = (int)(buf + sizeof(buf) - p);
    for (int i = n; i < width; i++) {
        kl_vstr_add_byte(v, pad);
    }
    kl_vstr_add_strn(v, p, (size_t)n);
}

// ==== Clocks ====

static kl_obj_t seconds_from_us(int64_t us) {
    return kl_obj_new_float((kl_float_t)us / 1e6);
}

static kl_obj_t time_time(void) {
    return seconds_from_us(kl_hal_time_us());
}
static KL_DEFINE_FUN_0(time_time_obj, time, time_time);

static kl_obj_t time_time_ns(void) {
    return kl_obj_new_int_from_ll((long long)kl_hal_time_us() * 1000);
}
static KL_DEFINE_FUN_0(time_time_ns_obj, time_ns, time_time_ns);

static kl_obj_t time_monotonic(void) {
    return seconds_from_us((int64_t)kl_hal_monotonic_us());
}
static KL_DEFINE_FUN_0(time_monotonic_obj, monotonic, time_monotonic);
static KL_DEFINE_FUN_0(time_perf_counter_obj, perf_counter, time_monotonic);
static KL_DEFINE_FUN_0(time_process_time_obj, process_time, time_monotonic);

static kl_obj_t time_monotonic_ns(void) {
    return kl_obj_new_int_from_ll((long long)kl_hal_monotonic_us() * 1000);
}
static KL_DEFINE_FUN_0(time_monotonic_ns_obj, monotonic_ns, time_monotonic_ns);
static KL_DEFINE_FUN_0(time_perf_counter_ns_obj, perf_counter_ns, time_monotonic_ns);
static KL_DEFINE_FUN_0(time_process_time_ns_obj, process_time_ns, time_monotonic_ns);

static kl_obj_t time_sleep(kl_obj_t secs) {
    // CPython keeps a duration as int64 nanoseconds: one that does not fit is OverflowError.
    kl_float_t s;
    if (kl_obj_isinstance(secs, &kl_type_float)) {
        s = kl_obj_get_float(secs);
        if (isnan(s)) {
            kl_raise_ValueError(KL_ERROR_TEXT("Invalid value NaN (not a number)"));
        }
        if (s * 1e9 >= 9223372036854775808.0 || s * 1e9 < -9223372036854775808.0) {
            kl_raise_msg(&kl_type_OverflowError,
                         KL_ERROR_TEXT("timestamp out of range for platform time_t"));
        }
    } else {
        kl_obj_t n = kl_obj_index(secs); // TypeError for what is neither float nor int
        kl_obj_t max_secs = kl_obj_new_int_from_ll(INT64_MAX / 1000000000);
        if (kl_obj_is_true(kl_binary_op(KL_BINARY_OP_GT, n, max_secs)) ||
            kl_obj_is_true(kl_binary_op(KL_BINARY_OP_LT, n,
                                        kl_obj_new_int_from_ll(-INT64_MAX / 1000000000)))) {
            kl_raise_msg(&kl_type_OverflowError,
                         KL_ERROR_TEXT("timestamp too large to convert to C _PyTime_t"));
        }
        s = (kl_float_t)kl_obj_get_int(n);
    }
    if (s < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("sleep length must be non-negative"));
    }
    // In slices, so that Ctrl-C (checked between them) ends a long sleep promptly.
    kl_float_t ms = s * 1000;
    while (ms > 0) {
        uint32_t step = ms > 100 ? 100 : (uint32_t)(ms + 0.5);
        if (step == 0) {
            break;
        }
        kl_hal_delay_ms(step);
        check_interrupt();
        ms -= step;
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(time_sleep_obj, sleep, time_sleep);

static kl_obj_t time_sleep_ms(kl_obj_t ms) {
    kl_int_t n = kl_obj_get_int(ms);
    if (n > 0) {
        kl_hal_delay_ms((uint32_t)n);
        check_interrupt();
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(time_sleep_ms_obj, sleep_ms, time_sleep_ms);

static kl_obj_t time_sleep_us(kl_obj_t us) {
    kl_int_t n = kl_obj_get_int(us);
    if (n > 0) {
        kl_hal_delay_ms((uint32_t)((n + 999) / 1000));
        check_interrupt();
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(time_sleep_us_obj, sleep_us, time_sleep_us);

// ==== MicroPython ticks ====

static kl_obj_t time_ticks_ms(void) {
    return KL_OBJ_NEW_SMALL_INT(kl_hal_ticks_ms() & TICKS_MAX);
}
static KL_DEFINE_FUN_0(time_ticks_ms_obj, ticks_ms, time_ticks_ms);

static kl_obj_t time_ticks_us(void) {
    return KL_OBJ_NEW_SMALL_INT(kl_hal_ticks_us() & TICKS_MAX);
}
static KL_DEFINE_FUN_0(time_ticks_us_obj, ticks_us, time_ticks_us);
static KL_DEFINE_FUN_0(time_ticks_cpu_obj, ticks_cpu, time_ticks_us);

static kl_obj_t time_ticks_diff(kl_obj_t end, kl_obj_t start) {
    uint32_t d = ((uint32_t)kl_obj_get_int(end) - (uint32_t)kl_obj_get_int(start)) & TICKS_MAX;
    kl_int_t r = (kl_int_t)d;
    if (d >= TICKS_HALFPERIOD) {
        r -= (kl_int_t)TICKS_PERIOD;
    }
    return KL_OBJ_NEW_SMALL_INT(r);
}
static KL_DEFINE_FUN_2(time_ticks_diff_obj, ticks_diff, time_ticks_diff);

static kl_obj_t time_ticks_add(kl_obj_t ticks, kl_obj_t delta) {
    kl_int_t d = kl_obj_get_int(delta);
    if (d < -(kl_int_t)TICKS_HALFPERIOD || d >= (kl_int_t)TICKS_HALFPERIOD) {
        kl_raise_OverflowError(KL_ERROR_TEXT("ticks interval overflow"));
    }
    return KL_OBJ_NEW_SMALL_INT(((uint32_t)kl_obj_get_int(ticks) + (uint32_t)d) & TICKS_MAX);
}
static KL_DEFINE_FUN_2(time_ticks_add_obj, ticks_add, time_ticks_add);

// ==== Calendar ====

typedef struct _tm_t {
    long long year;
    int mon;  // 1..12
    int mday; // 1..31
    int hour, min, sec;
    int wday; // 0 = Monday
    int yday; // 1..366
} tm_t;

// Days from 1970-01-01 to year-mon-mday (any integers; months and days may overflow).
static long long days_from_civil(long long y, long long m, long long d) {
    y += (m - 1) / 12;
    m = (m - 1) % 12 + 1;
    if (m <= 0) {
        m += 12;
        y--;
    }
    // March-based years put the leap day last.
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long mp = (m + 9) % 12;
    long long doy = (153 * mp + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_seconds(long long t, tm_t *tm) {
    long long days = t / 86400, rem = t % 86400;
    if (rem < 0) {
        rem += 86400;
        days--;
    }
    tm->hour = (int)(rem / 3600);
    tm->min = (int)(rem / 60 % 60);
    tm->sec = (int)(rem % 60);
    tm->wday = (int)(((days % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday
    long long z = days + 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    tm->mday = (int)(doy - (153 * mp + 2) / 5 + 1);
    tm->mon = (int)(mp < 10 ? mp + 3 : mp - 9);
    tm->year = yoe + era * 400 + (tm->mon <= 2);
    tm->yday = (int)(days - days_from_civil(tm->year, 1, 1) + 1);
}

static const char *const wday_names[7] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};
static const char *const mon_names[12] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};

// The struct_time class, made at first import (see the top of the file) and kept in a
// registered root.
#define struct_time_class KL_REGISTER_ROOT(KL_ROOT_TIME_STRUCT_TIME)

static kl_obj_t new_struct_time(const tm_t *tm, kl_qstr_t zone) {
    kl_obj_t items[9] = {kl_obj_new_int_from_ll(tm->year), KL_OBJ_NEW_SMALL_INT(tm->mon),
                         KL_OBJ_NEW_SMALL_INT(tm->mday),   KL_OBJ_NEW_SMALL_INT(tm->hour),
                         KL_OBJ_NEW_SMALL_INT(tm->min),    KL_OBJ_NEW_SMALL_INT(tm->sec),
                         KL_OBJ_NEW_SMALL_INT(tm->wday),   KL_OBJ_NEW_SMALL_INT(tm->yday),
                         KL_OBJ_NEW_SMALL_INT(0)};
    kl_obj_t t = kl_call_function_1(struct_time_class, kl_obj_new_tuple(9, items));
    kl_store_attr(t, KL_QSTR_tm_zone, KL_OBJ_NEW_QSTR(zone));
    kl_store_attr(t, KL_QSTR_tm_gmtoff, KL_OBJ_NEW_SMALL_INT(0));
    return t;
}

static long long seconds_arg(size_t n_args, const kl_obj_t *args) {
    if (n_args == 0 || args[0] == kl_const_none) {
        return (long long)(kl_hal_time_us() / 1000000);
    }
    if (kl_obj_is_type(args[0], &kl_type_float)) {
        kl_float_t f = kl_obj_get_float(args[0]);
        if (!(f > -1e18 && f < 1e18)) {
            kl_raise_OverflowError(KL_ERROR_TEXT("timestamp out of range for platform time_t"));
        }
        return (long long)f - (f < 0 && (kl_float_t)(long long)f != f);
    }
    return (long long)kl_obj_get_int(kl_obj_index(args[0]));
}

static kl_obj_t time_gmtime(size_t n_args, const kl_obj_t *args) {
    tm_t tm;
    civil_from_seconds(seconds_arg(n_args, args), &tm);
    return new_struct_time(&tm, KL_QSTR_GMT);
}
static KL_DEFINE_FUN_VAR(time_gmtime_obj, gmtime, 0, 1, time_gmtime);

static kl_obj_t time_localtime(size_t n_args, const kl_obj_t *args) {
    tm_t tm;
    civil_from_seconds(seconds_arg(n_args, args), &tm);
    return new_struct_time(&tm, KL_QSTR_UTC);
}
static KL_DEFINE_FUN_VAR(time_localtime_obj, localtime, 0, 1, time_localtime);

// A struct_time or a 9-tuple back into fields.
static void tm_from_tuple(kl_obj_t t, tm_t *tm, const char *fn) {
    size_t len;
    kl_obj_t *items;
    if (!kl_obj_isinstance(t, &kl_type_tuple)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("Tuple or struct_time argument required"));
    }
    kl_obj_get_array(kl_obj_native(t, &kl_type_tuple), &len, &items);
    if (len != 9) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%s(): illegal time tuple argument"),
                         fn);
    }
    tm->year = kl_obj_get_int(items[0]);
    tm->mon = (int)kl_obj_get_int(items[1]);
    tm->mday = (int)kl_obj_get_int(items[2]);
    tm->hour = (int)kl_obj_get_int(items[3]);
    tm->min = (int)kl_obj_get_int(items[4]);
    tm->sec = (int)kl_obj_get_int(items[5]);
    tm->wday = (int)kl_obj_get_int(items[6]);
    tm->yday = (int)kl_obj_get_int(items[7]);
}

static kl_obj_t time_mktime(kl_obj_t t) {
    tm_t tm;
    tm_from_tuple(t, &tm, "mktime");
    long long days = days_from_civil(tm.year, tm.mon, tm.mday);
    return kl_obj_new_float(
        (kl_float_t)(days * 86400 + (long long)tm.hour * 3600 + tm.min * 60 + tm.sec));
}
static KL_DEFINE_FUN_1(time_mktime_obj, mktime, time_mktime);

static void check_tm(const tm_t *tm) {
    if (tm->mon < 1 || tm->mon > 12) {
        kl_raise_ValueError(KL_ERROR_TEXT("month out of range"));
    }
    if (tm->mday < 1 || tm->mday > 31) {
        kl_raise_ValueError(KL_ERROR_TEXT("day of month out of range"));
    }
    if (tm->hour < 0 || tm->hour > 23) {
        kl_raise_ValueError(KL_ERROR_TEXT("hour out of range"));
    }
    if (tm->min < 0 || tm->min > 59) {
        kl_raise_ValueError(KL_ERROR_TEXT("minute out of range"));
    }
    if (tm->sec < 0 || tm->sec > 61) {
        kl_raise_ValueError(KL_ERROR_TEXT("seconds out of range"));
    }
    if (tm->wday < 0 || tm->wday > 6) {
        kl_raise_ValueError(KL_ERROR_TEXT("day of week out of range"));
    }
    if (tm->yday < 1 || tm->yday > 366) {
        kl_raise_ValueError(KL_ERROR_TEXT("day of year out of range"));
    }
}

static void format_asctime(kl_vstr_t *v, const tm_t *tm) {
    kl_vstr_add_strn(v, wday_names[tm->wday], 3);
    kl_vstr_add_byte(v, ' ');
    kl_vstr_add_strn(v, mon_names[tm->mon - 1], 3);
    add_num(v, tm->mday, 3, ' ');
    kl_vstr_add_byte(v, ' ');
    add_num(v, tm->hour, 2, '0');
    kl_vstr_add_byte(v, ':');
    add_num(v, tm->min, 2, '0');
    kl_vstr_add_byte(v, ':');
    add_num(v, tm->sec, 2, '0');
    kl_vstr_add_byte(v, ' ');
    add_num(v, tm->year, 0, '0');
}

static void tm_arg(size_t n_args, const kl_obj_t *args, tm_t *tm, const char *fn) {
    if (n_args == 0 || args[0] == kl_const_none) {
        civil_from_seconds((long long)(kl_hal_time_us() / 1000000), tm);
    } else {
        tm_from_tuple(args[0], tm, fn);
        check_tm(tm);
    }
}

static kl_obj_t time_asctime(size_t n_args, const kl_obj_t *args) {
    tm_t tm;
    tm_arg(n_args, args, &tm, "asctime");
    kl_vstr_t v;
    kl_vstr_init(&v, 32);
    format_asctime(&v, &tm);
    return kl_vstr_to_str(&v);
}
static KL_DEFINE_FUN_VAR(time_asctime_obj, asctime, 0, 1, time_asctime);

static kl_obj_t time_ctime(size_t n_args, const kl_obj_t *args) {
    tm_t tm;
    civil_from_seconds(seconds_arg(n_args, args), &tm);
    kl_vstr_t v;
    kl_vstr_init(&v, 32);
    format_asctime(&v, &tm);
    return kl_vstr_to_str(&v);
}
static KL_DEFINE_FUN_VAR(time_ctime_obj, ctime, 0, 1, time_ctime);

// Week of the year with weeks starting on [first] (0 Sunday, 1 Monday), as %U and %W count.
static int week_number(const tm_t *tm, int first) {
    int wday_sun = (tm->wday + 1) % 7; // 0 = Sunday
    int w = first == 0 ? wday_sun : (wday_sun + 6) % 7;
    return (tm->yday - 1 + 7 - w) / 7;
}

static kl_obj_t time_strftime(size_t n_args, const kl_obj_t *args) {
    if (!kl_obj_is_str(args[0])) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("strftime() argument 1 must be str, not %T"), args[0]);
    }
    size_t len;
    const char *fmt = kl_obj_str_get_data(args[0], &len);
    tm_t tm;
    tm_arg(n_args - 1, args + 1, &tm, "strftime");
    kl_vstr_t v;
    kl_vstr_init(&v, len + 16);
    for (size_t i = 0; i < len; i++) {
        if (fmt[i] != '%' || i + 1 == len) {
            kl_vstr_add_byte(&v, fmt[i]);
            continue;
        }
        char c = fmt[++i];
        switch (c) {
            case 'Y':
                add_num(&v, tm.year, 0, '0');
                break;
            case 'y':
                add_num(&v, tm.year % 100, 2, '0');
                break;
            case 'm':
                add_num(&v, tm.mon, 2, '0');
                break;
            case 'd':
                add_num(&v, tm.mday, 2, '0');
                break;
            case 'e':
                add_num(&v, tm.mday, 2, ' ');
                break;
            case 'H':
                add_num(&v, tm.hour, 2, '0');
                break;
            case 'I':
                add_num(&v, tm.hour % 12 == 0 ? 12 : tm.hour % 12, 2, '0');
                break;
            case 'M':
                add_num(&v, tm.min, 2, '0');
                break;
            case 'S':
                add_num(&v, tm.sec, 2, '0');
                break;
            case 'p':
                kl_vstr_add_str(&v, tm.hour < 12 ? "AM" : "PM");
                break;
            case 'a':
                kl_vstr_add_strn(&v, wday_names[tm.wday], 3);
                break;
            case 'A':
                kl_vstr_add_str(&v, wday_names[tm.wday]);
                break;
            case 'b':
            case 'h':
                kl_vstr_add_strn(&v, mon_names[tm.mon - 1], 3);
                break;
            case 'B':
                kl_vstr_add_str(&v, mon_names[tm.mon - 1]);
                break;
            case 'j':
                add_num(&v, tm.yday, 3, '0');
                break;
            case 'w':
                add_num(&v, (tm.wday + 1) % 7, 0, '0');
                break;
            case 'u':
                add_num(&v, tm.wday + 1, 0, '0');
                break;
            case 'U':
                add_num(&v, week_number(&tm, 0), 2, '0');
                break;
            case 'W':
                add_num(&v, week_number(&tm, 1), 2, '0');
                break;
            case 'c':
                format_asctime(&v, &tm);
                break;
            case 'x':
            case 'D':
                add_num(&v, tm.mon, 2, '0');
                kl_vstr_add_byte(&v, '/');
                add_num(&v, tm.mday, 2, '0');
                kl_vstr_add_byte(&v, '/');
                add_num(&v, tm.year % 100, 2, '0');
                break;
            case 'X':
            case 'T':
            case 'R':
                add_num(&v, tm.hour, 2, '0');
                kl_vstr_add_byte(&v, ':');
                add_num(&v, tm.min, 2, '0');
                if (c != 'R') {
                    kl_vstr_add_byte(&v, ':');
                    add_num(&v, tm.sec, 2, '0');
                }
                break;
            case 'F':
                add_num(&v, tm.year, 0, '0');
                kl_vstr_add_byte(&v, '-');
                add_num(&v, tm.mon, 2, '0');
                kl_vstr_add_byte(&v, '-');
                add_num(&v, tm.mday, 2, '0');
                break;
            case 'Z':
                kl_vstr_add_str(&v, "UTC");
                break;
            case 'z':
                kl_vstr_add_str(&v, "+0000");
                break;
            case 'n':
                kl_vstr_add_byte(&v, '\n');
                break;
            case 't':
                kl_vstr_add_byte(&v, '\t');
                break;
            case '%':
                kl_vstr_add_byte(&v, '%');
                break;
            default:
                kl_vstr_add_byte(&v, '%');
                kl_vstr_add_byte(&v, c);
                break;
        }
    }
    return kl_vstr_to_str(&v);
}
static KL_DEFINE_FUN_VAR(time_strftime_obj, strftime, 1, 2, time_strftime);

// strptime(string, format='%a %b %d %H:%M:%S %Y'): parsed by datetime.datetime.strptime
// (lib/datetime.py), as CPython's is by its _strptime module, with the same directives and
// errors; a port without the datetime module frozen gets its ImportError.
static kl_obj_t time_strptime(size_t n_args, const kl_obj_t *args) {
    kl_obj_t module = kl_import_name(KL_QSTR_datetime, kl_const_none, 0);
    kl_obj_t cls = kl_load_attr(module, KL_QSTR_datetime);
    static const char dflt[] = "%a %b %d %H:%M:%S %Y";
    kl_obj_t fmt = n_args > 1 ? args[1] : kl_obj_new_str(dflt, sizeof(dflt) - 1);
    kl_obj_t dt = kl_call_function_2(kl_load_attr(cls, KL_QSTR_strptime), args[0], fmt);
    return kl_call_function_0(kl_load_attr(dt, KL_QSTR_timetuple));
}
static KL_DEFINE_FUN_VAR(time_strptime_obj, strptime, 1, 2, time_strptime);

// ==== struct_time ====

#define STRUCT_TIME_FIELDS(X)                                                                      \
    X(0, tm_year)                                                                                  \
    X(1, tm_mon)                                                                                   \
    X(2, tm_mday)                                                                                  \
    X(3, tm_hour)                                                                                  \
    X(4, tm_min)                                                                                   \
    X(5, tm_sec)                                                                                   \
    X(6, tm_wday)                                                                                  \
    X(7, tm_yday)                                                                                  \
    X(8, tm_isdst)
#define X(i, name)                                                                                 \
    static kl_obj_t field_##name(kl_obj_t self) {                                                  \
        return kl_obj_subscr(kl_obj_native(self, &kl_type_tuple), KL_OBJ_NEW_SMALL_INT(i),         \
                             KL_OBJ_SENTINEL);                                                     \
    }                                                                                              \
    static KL_DEFINE_FUN_1(field_##name##_obj, name, field_##name);
STRUCT_TIME_FIELDS(X)
#undef X

static kl_obj_t struct_time_repr(kl_obj_t self) {
    static const char *const names[9] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                                         "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};
    size_t len;
    kl_obj_t *items;
    kl_obj_get_array(kl_obj_native(self, &kl_type_tuple), &len, &items);
    kl_vstr_t v;
    kl_vstr_init(&v, 160);
    kl_print_t p;
    kl_vstr_print(&p, &v);
    kl_print_str(&p, "time.struct_time(");
    for (size_t i = 0; i < len && i < 9; i++) {
        kl_printf(&p, i == 0 ? "%s=%r" : ", %s=%r", names[i], items[i]);
    }
    kl_print_str(&p, ")");
    return kl_vstr_to_str(&v);
}
static KL_DEFINE_FUN_1(struct_time_repr_obj, __repr__, struct_time_repr);

static kl_obj_t make_struct_time_class(void) {
    kl_obj_t ns = kl_obj_new_dict(16);
#define X(i, name)                                                                                 \
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR_##name),                                         \
                      kl_obj_new_property(KL_OBJ_FROM_PTR(&field_##name##_obj)));
    STRUCT_TIME_FIELDS(X)
#undef X
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR___module__), KL_OBJ_NEW_QSTR(KL_QSTR_time));
    kl_obj_t base = KL_OBJ_FROM_PTR(&kl_type_tuple);
    kl_obj_t cls = kl_type_new(&kl_type_type, KL_OBJ_NEW_QSTR(KL_QSTR_struct_time),
                               kl_obj_new_tuple(1, &base), ns);
    // Set after creation: a builtin function in a class namespace would not bind to
    // instances, a method descriptor does.
    kl_store_attr(cls, KL_QSTR___repr__,
                  kl_obj_new_method_descriptor((const kl_obj_type_t *)cls,
                                               KL_OBJ_FROM_PTR(&struct_time_repr_obj)));
    return cls;
}

// ==== The module ====

kl_obj_t kl_mod_time_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_time);
    kl_obj_t g = kl_obj_module_globals(m);
    struct_time_class = make_struct_time_class();
    static const struct {
        uint16_t name;
        const void *fun;
    } funs[] = {
        {KL_QSTR_time, &time_time_obj},
        {KL_QSTR_time_ns, &time_time_ns_obj},
        {KL_QSTR_monotonic, &time_monotonic_obj},
        {KL_QSTR_monotonic_ns, &time_monotonic_ns_obj},
        {KL_QSTR_perf_counter, &time_perf_counter_obj},
        {KL_QSTR_perf_counter_ns, &time_perf_counter_ns_obj},
        {KL_QSTR_process_time, &time_process_time_obj},
        {KL_QSTR_process_time_ns, &time_process_time_ns_obj},
        {KL_QSTR_sleep, &time_sleep_obj},
        {KL_QSTR_sleep_ms, &time_sleep_ms_obj},
        {KL_QSTR_sleep_us, &time_sleep_us_obj},
        {KL_QSTR_ticks_ms, &time_ticks_ms_obj},
        {KL_QSTR_ticks_us, &time_ticks_us_obj},
        {KL_QSTR_ticks_cpu, &time_ticks_cpu_obj},
        {KL_QSTR_ticks_diff, &time_ticks_diff_obj},
        {KL_QSTR_ticks_add, &time_ticks_add_obj},
        {KL_QSTR_gmtime, &time_gmtime_obj},
        {KL_QSTR_localtime, &time_localtime_obj},
        {KL_QSTR_mktime, &time_mktime_obj},
        {KL_QSTR_asctime, &time_asctime_obj},
        {KL_QSTR_ctime, &time_ctime_obj},
        {KL_QSTR_strftime, &time_strftime_obj},
        {KL_QSTR_strptime, &time_strptime_obj},
    };
    for (size_t i = 0; i < sizeof(funs) / sizeof(funs[0]); i++) {
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(funs[i].name), KL_ROM_PTR(funs[i].fun));
    }
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_struct_time), struct_time_class);
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_timezone), KL_OBJ_NEW_SMALL_INT(0));
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_altzone), KL_OBJ_NEW_SMALL_INT(0));
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_daylight), KL_OBJ_NEW_SMALL_INT(0));
    kl_obj_t utc[2] = {KL_OBJ_NEW_QSTR(KL_QSTR_UTC), KL_OBJ_NEW_QSTR(KL_QSTR_UTC)};
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_tzname), kl_obj_new_tuple(2, utc));
    return m;
}

#endif // KL_CFG_MODULE_TIME

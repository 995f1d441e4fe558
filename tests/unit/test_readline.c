// tests/unit/test_readline.c: unit tests for vm/readline.c, the REPL's line editor.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The editor is fed key sequences as a terminal would send them and the resulting line, the
// return codes and the bytes it echoes are checked. What the echo looks like on a real terminal
// is covered by tests/repl/ through a pty; here the point is the editing logic and the history
// ring, byte for byte, without a terminal.

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "vm/config.h"
#include "vm/readline.h"

static char echo[4096];
static size_t echo_len;

static void capture(const char *str, size_t len) {
    ck_assert_uint_le(echo_len + len, sizeof(echo));
    memcpy(echo + echo_len, str, len);
    echo_len += len;
}

static kl_readline_t rl;
static char buf[64];

static void setup(void) {
    memset(&rl, 0, sizeof(rl));
    rl.write = capture;
    echo_len = 0;
    kl_readline_history_clear();
    kl_readline_start(&rl, buf, sizeof(buf));
}

// Feed [keys] and return the last result.
static int feed(const char *keys) {
    int r = KL_READLINE_MORE;
    for (const char *p = keys; *p != '\0'; p++) {
        r = kl_readline_feed(&rl, (unsigned char)*p);
    }
    return r;
}

// Feed a whole line and check what it became.
static void check_line(const char *keys, const char *want) {
    kl_readline_start(&rl, buf, sizeof(buf));
    int r = feed(keys);
    ck_assert_int_eq(r, (int)strlen(want));
    ck_assert_str_eq(buf, want);
}

#define LEFT "\x1b[D"
#define RIGHT "\x1b[C"
#define UP "\x1b[A"
#define DOWN "\x1b[B"

// ==== Editing ====

START_TEST(test_plain_line) {
    ck_assert_int_eq(feed("abc"), KL_READLINE_MORE);
    ck_assert_int_eq(feed("\r"), 3);
    ck_assert_str_eq(buf, "abc");
    ck_assert_uint_eq(echo_len, 5);
    ck_assert_mem_eq(echo, "abc\r\n", 5);
}
END_TEST

// Moving more than one column left is ESC [ n D, n in decimal; one column is a backspace.
START_TEST(test_move_left_echo) {
    feed("abcdefghijkl");
    echo_len = 0;
    feed("\x1b[H");
    ck_assert_uint_eq(echo_len, 5);
    ck_assert_mem_eq(echo, "\x1b[12D", 5);
    feed("\x1b[F");
    echo_len = 0;
    feed(LEFT);
    ck_assert_uint_eq(echo_len, 1);
    ck_assert_mem_eq(echo, "\b", 1);
}
END_TEST

START_TEST(test_cr_lf_is_one_line_end) {
    check_line("ab\r", "ab");
    // The LF that follows a CR belongs to it, but a second LF is an empty line.
    kl_readline_start(&rl, buf, sizeof(buf));
    ck_assert_int_eq(feed("\n"), KL_READLINE_MORE);
    ck_assert_int_eq(feed("\n"), 0);
    check_line("cd\n", "cd");
}
END_TEST

START_TEST(test_cursor_keys) {
    check_line("abc\x1b[D\x1b[DX\x1b[FY\x1b[HZ\r", "ZaXbcY");
    check_line("abcd\x1b[1~\x1b[3~\r", "bcd");
    check_line("abcd\x1bOH\x1b[C\x1b[3~\x1bOFe\r", "acde");
    check_line("abcd\x1b[7~x\x1b[8~y\x1b[4~z\r", "xabcdyz");
    check_line("ab\x02\x02\x06X\r", "aXb");
}
END_TEST

START_TEST(test_insert_echo) {
    // Inserting before the last character redraws the tail and steps back over it.
    feed("ab" LEFT "X");
    ck_assert_uint_eq(echo_len, 6);
    ck_assert_mem_eq(echo, "ab\bXb\b", 6);
}
END_TEST

START_TEST(test_no_echo_without_writer) {
    rl.write = NULL;
    check_line("abc" LEFT "\x7f\r", "ac");
    ck_assert_uint_eq(echo_len, 0);
}
END_TEST

START_TEST(test_delete_keys) {
    check_line("abcd\x7f\x7f\r", "ab");
    check_line("abcd\x08\r", "abc");
#if KL_CFG_REPL_KILL_KEYS
    check_line("hello world" LEFT LEFT LEFT LEFT LEFT "\x0b\r", "hello ");
    check_line("hello world" LEFT LEFT LEFT LEFT LEFT "\x15\r", "world");
#else
    // Without the kill keys Ctrl-K and Ctrl-U are ignored like other control keys.
    check_line("hello world" LEFT LEFT LEFT LEFT LEFT "\x0b\x15!\r", "hello !world");
#endif
    check_line("ab\x01\x04\r", "b");
    check_line("\x7f\x1b[3~ok\r", "ok");
}
END_TEST

START_TEST(test_ctrl_a_and_e) {
    check_line("xy\x01z\x05w\r", "zxyw");
    kl_readline_start(&rl, buf, sizeof(buf));
    ck_assert_int_eq(feed("\x01"), KL_READLINE_CTRL_A);
}
END_TEST

START_TEST(test_utf8) {
#if KL_CFG_REPL_UTF8
    // One character, two bytes: the cursor steps over it whole and Backspace removes it whole.
    check_line("a\303\261b\x1b[D\x1b[D\x1b[D\303\251\x1b[C\x1b[C\x7f\r", "\303\251ab");
    check_line("\xe2\x82\xac" LEFT "x\r", "x\xe2\x82\xac");
    // A broken sequence is dropped and the byte after it kept.
    check_line("\xc3q\r", "q");
#else
    // A byte at a time: the character is kept as typed, and Left steps back one byte of it.
    check_line("a\303\261b\r", "a\303\261b");
    check_line("\303\251" LEFT "x\r", "\303x\251");
    ck_assert_mem_eq(echo + echo_len - 6, "\bx\251\b\r\n", 6);
    // 0x80 and 0x81 are bytes too, not Up and Down.
    check_line("\x80\x81\r", "\x80\x81");
#endif
}
END_TEST

START_TEST(test_ctrl_c_and_d) {
    ck_assert_int_eq(feed("abc\x03"), KL_READLINE_INTERRUPT);
    ck_assert_str_eq(buf, "");
    kl_readline_start(&rl, buf, sizeof(buf));
    ck_assert_int_eq(feed("\x04"), KL_READLINE_EOF);
}
END_TEST

START_TEST(test_end_of_input) {
    feed("last");
    ck_assert_int_eq(kl_readline_feed(&rl, KL_READLINE_END_OF_INPUT), 4);
    ck_assert_str_eq(buf, "last");
    kl_readline_start(&rl, buf, sizeof(buf));
    ck_assert_int_eq(kl_readline_feed(&rl, KL_READLINE_END_OF_INPUT), KL_READLINE_EOF);
}
END_TEST

START_TEST(test_full_buffer) {
    char small[4];
    kl_readline_start(&rl, small, sizeof(small));
    ck_assert_int_eq(feed("abcdef\r"), 3);
    ck_assert_str_eq(small, "abc");
}
END_TEST

START_TEST(test_ctrl_b_e_w) {
    kl_readline_start(&rl, buf, sizeof(buf));
    ck_assert_int_eq(feed("\x02"), KL_READLINE_CTRL_B);
    kl_readline_start(&rl, buf, sizeof(buf));
    ck_assert_int_eq(feed("\x05"), KL_READLINE_CTRL_E);
#if KL_CFG_REPL_KILL_KEYS
    check_line("x = foo bar  \x17"
               "baz\r",
               "x = foo baz");
    check_line("one two" LEFT LEFT "\x17\r", "one wo");
#else
    check_line("one two" LEFT LEFT "\x17\r", "one two");
#endif
}
END_TEST

START_TEST(test_backspace_dedents) {
#if KL_CFG_REPL_SMART_BACKSPACE
    // In leading spaces Backspace goes back to the previous multiple of four.
    check_line("      \x7fx\r", "    x");
    check_line("        \x7f\x7fx\r", "x");
    check_line("    ab\x7f\x7f\x7fx\r", "x");
#else
    check_line("      \x7fx\r", "     x");
    check_line("    ab\x7f\x7f\x7fx\r", "   x");
#endif
}
END_TEST

START_TEST(test_auto_indent) {
    kl_readline_start(&rl, buf, sizeof(buf));
    kl_readline_indent(&rl, 8);
    ck_assert_int_eq(feed("x\r"), 9);
    ck_assert_str_eq(buf, "        x");
    // Typed indentation replaces the auto-indent.
    kl_readline_start(&rl, buf, sizeof(buf));
    kl_readline_indent(&rl, 4);
    ck_assert_int_eq(feed("  y\r"), 3);
    ck_assert_str_eq(buf, "  y");
    // Enter alone keeps it (a blank line that ends the block); Backspace takes one level.
    kl_readline_start(&rl, buf, sizeof(buf));
    kl_readline_indent(&rl, 8);
    ck_assert_int_eq(feed("\r"), 8);
    kl_readline_start(&rl, buf, sizeof(buf));
    kl_readline_indent(&rl, 8);
    ck_assert_int_eq(feed("\x7fz\r"), KL_CFG_REPL_SMART_BACKSPACE ? 5 : 8);
    ck_assert_str_eq(buf, KL_CFG_REPL_SMART_BACKSPACE ? "    z" : "       z");
}
END_TEST

// ==== Completion ====

static const char *const names[] = {"print", "pow", "property", "argv", "abs", "abc1", "abc2"};
static char last_word[64];

// A completer over [names]: those that start with the part of the word after its last '.'.
static void fake_complete(const char *word, size_t len, kl_readline_add_t add, void *ctx) {
    memcpy(last_word, word, len);
    last_word[len] = '\0';
    size_t stem = len;
    while (stem > 0 && word[stem - 1] != '.') {
        stem--;
    }
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (strncmp(names[i], word + stem, len - stem) == 0) {
            add(ctx, names[i], strlen(names[i]));
        }
    }
}

static void setup_complete(void) {
    setup();
    rl.complete = fake_complete;
    rl.prompt = ">>> ";
}

START_TEST(test_complete_unique) {
    check_line("pri\t(1)\r", "print(1)");
    ck_assert_str_eq(last_word, "pri");
    check_line("x = sys.ar\t[0]\r", "x = sys.argv[0]");
    ck_assert_str_eq(last_word, "sys.ar");
    // In the middle of a line, only the word before the cursor counts.
    check_line("(pro)" LEFT "\t\r", "(property)");
}
END_TEST

START_TEST(test_complete_common_prefix) {
    // "p" has three candidates sharing nothing more; "pr" two that share "pr"; "pro" one.
    check_line("p\tr\to\t\r", "property");
    check_line("ab\tc\t\r", "abc");
    check_line("zz\t\r", "zz");
}
END_TEST

START_TEST(test_complete_list) {
    feed("ab\t");
    size_t before = echo_len;
    ck_assert_uint_eq(before, 2); // the first Tab adds nothing and prints nothing
    feed("\t");
    const char *want = "\r\nabs             abc1            abc2\r\n>>> ab";
    ck_assert_uint_eq(echo_len - before, strlen(want));
    ck_assert_mem_eq(echo + before, want, strlen(want));
    ck_assert_int_eq(feed("s\r"), 3);
    ck_assert_str_eq(buf, "abs");
}
END_TEST

START_TEST(test_complete_indent) {
    // Tab at the start of a line, or after only spaces, indents instead; with no word before
    // the cursor it stands for spaces, as in pasted text.
    check_line("\tx\r", "    x");
    check_line("  \tx\r", "      x");
    check_line("x =\t1\r", "x =    1");
}
END_TEST

START_TEST(test_tab_and_controls) {
    check_line("a\tb\r", "a    b");
    // Unbound control keys and function keys never end up in the line.
    check_line("a\x07\x1b[15~\x1b[1;5Cb\r", "ab");
    // An Escape press on its own does not swallow the key after it.
    check_line("\x1bq\r", "q");
}
END_TEST

// ==== History ====

START_TEST(test_history_recall) {
    kl_readline_history_add("first", 5);
    kl_readline_history_add("second", 6);
    if (KL_CFG_REPL_HISTORY_BYTES == 0) {
        // Without a ring, Up and Down do nothing.
        check_line(UP DOWN "\r", "");
        return;
    }
    check_line(UP "\r", "second");
    check_line(UP UP "\r", "first");
    check_line(UP UP UP "\r", "first");
    check_line(UP UP DOWN "\r", "second");
    check_line(UP DOWN "new\r", "new");
}
END_TEST

START_TEST(test_history_dedup) {
    kl_readline_history_add("same", 4);
    kl_readline_history_add("same", 4);
    kl_readline_history_add("", 0);
    ck_assert_uint_eq(kl_readline_history_count(), KL_CFG_REPL_HISTORY_BYTES > 0 ? 1 : 0);
}
END_TEST

START_TEST(test_history_ring) {
#if KL_CFG_REPL_HISTORY_BYTES > 0
    // Lines of a tenth of the ring: the oldest go, the newest stay, in order.
    static char line[KL_CFG_REPL_HISTORY_BYTES / 10];
    size_t len = sizeof(line) - 1;
    for (int i = 0; i < 25; i++) {
        memset(line, 'a' + i, len);
        kl_readline_history_add(line, len);
    }
    size_t count = kl_readline_history_count();
    ck_assert_uint_ge(count, 9);
    ck_assert_uint_le(count, 10);
    ck_assert_int_eq(kl_readline_history_get(0)[0], 'a' + 24);
    ck_assert_int_eq(kl_readline_history_get(count - 1)[0], 'a' + 25 - (int)count);
    ck_assert_ptr_null(kl_readline_history_get(count));
    // A line longer than the ring is not stored.
    static char huge[KL_CFG_REPL_HISTORY_BYTES + 1];
    memset(huge, 'z', sizeof(huge));
    kl_readline_history_add(huge, sizeof(huge));
    ck_assert_int_eq(kl_readline_history_get(0)[0], 'a' + 24);
#endif
}
END_TEST

START_TEST(test_history_entry_longer_than_buffer) {
    kl_readline_history_add("0123456789", 10);
    char small[5];
    kl_readline_start(&rl, small, sizeof(small));
    int want = KL_CFG_REPL_HISTORY_BYTES > 0 ? 4 : 0;
    ck_assert_int_eq(feed(UP "\r"), want);
    ck_assert_str_eq(small, KL_CFG_REPL_HISTORY_BYTES > 0 ? "0123" : "");
}
END_TEST

static Suite *readline_suite(void) {
    Suite *s = suite_create("readline");
    TCase *edit = tcase_create("edit");
    tcase_add_checked_fixture(edit, setup, NULL);
    tcase_add_test(edit, test_plain_line);
    tcase_add_test(edit, test_move_left_echo);
    tcase_add_test(edit, test_cr_lf_is_one_line_end);
    tcase_add_test(edit, test_cursor_keys);
    tcase_add_test(edit, test_insert_echo);
    tcase_add_test(edit, test_no_echo_without_writer);
    tcase_add_test(edit, test_delete_keys);
    tcase_add_test(edit, test_ctrl_a_and_e);
    tcase_add_test(edit, test_utf8);
    tcase_add_test(edit, test_ctrl_c_and_d);
    tcase_add_test(edit, test_end_of_input);
    tcase_add_test(edit, test_full_buffer);
    tcase_add_test(edit, test_tab_and_controls);
    tcase_add_test(edit, test_ctrl_b_e_w);
    tcase_add_test(edit, test_backspace_dedents);
    tcase_add_test(edit, test_auto_indent);
    suite_add_tcase(s, edit);
    TCase *complete = tcase_create("complete");
    tcase_add_checked_fixture(complete, setup_complete, NULL);
    tcase_add_test(complete, test_complete_unique);
    tcase_add_test(complete, test_complete_common_prefix);
    tcase_add_test(complete, test_complete_list);
    tcase_add_test(complete, test_complete_indent);
    suite_add_tcase(s, complete);
    TCase *history = tcase_create("history");
    tcase_add_checked_fixture(history, setup, NULL);
    tcase_add_test(history, test_history_recall);
    tcase_add_test(history, test_history_dedup);
    tcase_add_test(history, test_history_ring);
    tcase_add_test(history, test_history_entry_longer_than_buffer);
    suite_add_tcase(s, history);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(readline_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#ifndef CWIDTH_H
#define CWIDTH_H
/// The terminal width of one Unicode scalar, as the C library's wcwidth measures it
/// (-1 for a control character). Call setlocale with a UTF-8 locale first.
int cw_wcwidth(unsigned int scalar);
/// Whether a scalar must be shown escaped rather than sent to a terminal or a text line:
/// control characters, the bidirectional controls that can reorder what a reader sees
/// (U+202A–202E, U+2066–2069, U+200E, U+200F: "Trojan Source"), and invisible zero-width
/// characters (U+200B–200D, U+2060, U+FEFF).
int cw_must_escape(unsigned int scalar);
/// Whether a scalar is one of the bidirectional controls above.
int cw_is_bidi_control(unsigned int scalar);
/// Switches LC_CTYPE to a UTF-8 locale ("" if it is UTF-8, else C.UTF-8); returns 1 on success.
int cw_use_utf8_locale(void);
#endif

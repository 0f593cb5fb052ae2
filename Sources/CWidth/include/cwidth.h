#ifndef CWIDTH_H
#define CWIDTH_H
/// The terminal width of one Unicode scalar, as the C library's wcwidth measures it
/// (-1 for a control character). Call setlocale with a UTF-8 locale first.
int cw_wcwidth(unsigned int scalar);
/// Switches LC_CTYPE to a UTF-8 locale ("" if it is UTF-8, else C.UTF-8); returns 1 on success.
int cw_use_utf8_locale(void);
#endif

#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include "cwidth.h"

int cw_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

int cw_must_escape(unsigned int c) {
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) return 1;
  if (c >= 0x202A && c <= 0x202E) return 1;
  if (c >= 0x2066 && c <= 0x2069) return 1;
  if (c == 0x200E || c == 0x200F) return 1;
  if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF) return 1;
  return 0;
}

int cw_is_bidi_control(unsigned int c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
}

int cw_use_utf8_locale(void) {
  if (setlocale(LC_ALL, "") != NULL && strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return 1;
  return setlocale(LC_ALL, "C.UTF-8") != NULL;
}

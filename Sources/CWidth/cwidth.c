#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include "cwidth.h"

int cw_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

int cw_use_utf8_locale(void) {
  if (setlocale(LC_ALL, "") != NULL && strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return 1;
  return setlocale(LC_ALL, "C.UTF-8") != NULL;
}

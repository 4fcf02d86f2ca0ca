#!/bin/sh
# Refreshes the GUI's message template (app/gui/po/xuncha.pot) from the sources (app/gui, and app/text
# whose labels the command line shows too) and merges it into
# the zh_CN catalogue; new strings then show as untranslated (ctest gui_translations_complete fails
# until they are translated in app/gui/po/zh_CN.po).
set -eu
cd "$(dirname "$0")/.."
xgettext --language=C++ --from-code=UTF-8 --keyword=_ --keyword=wxPLURAL:1,2 --keyword=XUNCHA_PLURAL:1,2 \
    --keyword=wxTRANSLATE --keyword=XUNCHA_N_ --package-name=xuncha --msgid-bugs-address= --sort-by-file \
    --output=app/gui/po/xuncha.pot $(ls app/gui/*.cpp app/gui/*.h app/text/*.cpp app/text/*.h | sort)
if [ -f app/gui/po/zh_CN.po ] && [ -s app/gui/po/zh_CN.po ]; then
    msgmerge --quiet --update --backup=none --no-fuzzy-matching app/gui/po/zh_CN.po app/gui/po/xuncha.pot
else
    msginit --no-translator --locale=zh_CN.UTF-8 --input=app/gui/po/xuncha.pot --output-file=app/gui/po/zh_CN.po
    sed -i 's/^"Plural-Forms: .*/"Plural-Forms: nplurals=1; plural=0;\\n"/' app/gui/po/zh_CN.po
fi
msgfmt --check --statistics --output-file=/dev/null app/gui/po/zh_CN.po

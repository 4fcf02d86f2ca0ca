// The xuncha desktop program; everything but this entry point lives in the gui library.
#include "app/gui/gui_app.h"

wxIMPLEMENT_APP(xuncha::app::GuiApp);

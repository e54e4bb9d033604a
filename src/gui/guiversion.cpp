// Keeps corral_gui non-empty while its pieces are written.
namespace corral::gui {
const char *version()
{
    return CORRAL_VERSION;
}
} // namespace corral::gui

/** The manifest's FunctionFile: the ribbon button only opens the pane, so nothing is registered. */
if (typeof Office !== 'undefined') {
  void Office.onReady();
}

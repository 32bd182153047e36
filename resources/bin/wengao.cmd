@echo off
rem `wengao` in a Windows terminal: the installed app's CLI, run by its own Electron as Node
rem (a window program's own output never reaches the console). Add this folder to PATH to use it.
setlocal
set ELECTRON_RUN_AS_NODE=1
set "WENGAO_SQLITE_BINDING=%~dp0..\native\better_sqlite3.node"
"%~dp0..\..\wengao.exe" "%~dp0..\app.asar\out\cli\wengao.mjs" %*

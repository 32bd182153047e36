@echo off
rem `wengao` in a Windows terminal: the installed app's CLI, run by the app itself in its --cli mode
rem (Electron attaches to the console it was started from). Add this folder to PATH to use it.
rem Not run as plain Node: the packaged app has the RunAsNode fuse off.
"%~dp0..\..\wengao.exe" --cli %*
exit /b %ERRORLEVEL%

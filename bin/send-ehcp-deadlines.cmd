@echo off
rem bin\send-ehcp-deadlines.cmd: the same as bin/send-ehcp-deadlines (run with --help for the options).
call "%~dp0send-run.cmd" ehcp-deadlines %*
exit /b %ERRORLEVEL%

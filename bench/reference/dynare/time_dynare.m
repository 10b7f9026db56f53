% Times Dynare 5.3's perfect_foresight_solver (setup excluded) on a .mod file, median of nrep runs.
% Usage: octave --no-gui --eval "time_dynare('<dir>', '<model>', nrep)" ; prints "seconds_median=<s>".
% The .mod may declare model(use_dll) for the compiled variant.
function time_dynare(dir, name, nrep)
  addpath('/usr/lib/dynare/matlab');
  cd(dir);
  evalin('base', ['dynare ' name ' noclearall nolog nograph']);
  ts = zeros(nrep, 1);
  for r = 1:nrep
    evalin('base', 'perfect_foresight_setup;');
    t0 = tic; evalin('base', 'perfect_foresight_solver;'); ts(r) = toc(t0);
  end
  printf('seconds_median=%.6f\n', median(ts));
end

#!/usr/bin/env node
// Compiles one Solidity file with the repository's pinned solcjs and the settings of contracts/compile.js,
// and prints {"abi": ..., "bin": "<creation bytecode>", "runtimeBytes": n} of the named contract as JSON.
// w3bstream-bench runs it on the verifiers it exports for circuit sizes other than the committed ones.
//
//   node solc.js <contracts dir (holds node_modules/solc)> <file.sol> <ContractName>
'use strict';

const fs = require('fs');
const path = require('path');

const SOLC_VERSION = '0.8.37';
const EVM_VERSION = 'cancun';

function main() {
  const [contractsDir, file, name] = process.argv.slice(2);
  if (!name) throw new Error('usage: solc.js <contracts dir> <file.sol> <ContractName>');
  const solc = require(path.resolve(contractsDir, 'node_modules', 'solc'));
  const version = solc.version();
  if (!version.startsWith(SOLC_VERSION + '+')) {
    throw new Error(`solc ${version} is installed, want ${SOLC_VERSION}: run npm ci in contracts/`);
  }
  const source = path.basename(file);
  const input = {
    language: 'Solidity',
    sources: { [source]: { content: fs.readFileSync(file, 'utf8') } },
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: EVM_VERSION,
      metadata: { bytecodeHash: 'none' },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (output.errors || []).filter((e) => e.severity === 'error');
  for (const e of errors) process.stderr.write(e.formattedMessage + '\n');
  if (errors.length > 0) throw new Error(`${errors.length} error(s)`);
  const c = (output.contracts[source] || {})[name];
  if (!c) throw new Error(`no contract ${name} in ${file}`);
  process.stdout.write(
    JSON.stringify({
      abi: c.abi,
      bin: c.evm.bytecode.object,
      runtimeBytes: c.evm.deployedBytecode.object.length / 2,
    }) + '\n',
  );
}

try {
  main();
} catch (e) {
  process.stderr.write(`solc.js: ${e.message}\n`);
  process.exit(1);
}

#!/usr/bin/env node
// Compiles every Solidity file under src/ and test/ with the pinned solcjs (package.json) through the
// standard JSON interface, and writes the ABI and creation bytecode of each deployable contract to
// build/<Name>.abi and build/<Name>.bin (test contracts: build/test/). Warnings fail the build, and so
// does a contract over the EIP-170 size limit. The output depends only on the sources: the metadata
// hash is left out of the bytecode and source names are relative.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const SOLC_VERSION = '0.8.37';
const EVM_VERSION = 'cancun';
const MAX_RUNTIME_BYTES = 24576; // EIP-170
const DIRS = [
  { dir: 'src', out: 'build' },
  { dir: 'test', out: path.join('build', 'test') },
];

const root = __dirname;

function solFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) out.push(...solFiles(rel));
    else if (e.name.endsWith('.sol')) out.push(rel);
  }
  return out.sort();
}

// Imports outside the sources come from node_modules (OpenZeppelin).
function findImports(name) {
  const file = path.join(root, 'node_modules', name);
  if (!file.startsWith(path.join(root, 'node_modules') + path.sep) || !fs.existsSync(file)) {
    return { error: `import ${name} not found in node_modules` };
  }
  return { contents: fs.readFileSync(file, 'utf8') };
}

function main() {
  const version = solc.version();
  if (!version.startsWith(SOLC_VERSION + '+')) {
    throw new Error(`solc ${version} is installed, want ${SOLC_VERSION}: run npm ci in contracts/`);
  }
  const sources = {};
  for (const { dir } of DIRS) {
    for (const f of solFiles(dir)) sources[f] = { content: fs.readFileSync(path.join(root, f), 'utf8') };
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: EVM_VERSION,
      metadata: { bytecodeHash: 'none' },
      outputSelection: {
        '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'], '': ['ast'] },
      },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

  const problems = (output.errors || []).filter((e) => e.severity !== 'info');
  for (const e of problems) process.stderr.write(e.formattedMessage + '\n');
  if (problems.length > 0) {
    throw new Error(`${problems.length} error(s) or warning(s)`);
  }

  for (const { dir, out } of DIRS) {
    const outDir = path.join(root, out);
    fs.mkdirSync(outDir, { recursive: true });
    // Start clean so that a removed contract leaves no artifacts behind.
    for (const f of fs.readdirSync(outDir)) {
      if (f.endsWith('.abi') || f.endsWith('.bin')) fs.rmSync(path.join(outDir, f));
    }
    for (const file of Object.keys(sources).filter((f) => f.startsWith(dir + '/'))) {
      for (const name of deployable(output.sources[file].ast)) {
        const c = output.contracts[file][name];
        const runtimeBytes = c.evm.deployedBytecode.object.length / 2;
        if (runtimeBytes > MAX_RUNTIME_BYTES) {
          throw new Error(`${name} is ${runtimeBytes} bytes, over the ${MAX_RUNTIME_BYTES}-byte limit`);
        }
        fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi, null, 2) + '\n');
        fs.writeFileSync(path.join(outDir, name + '.bin'), c.evm.bytecode.object);
        console.log(`${path.posix.join(out, name)}: ${runtimeBytes} bytes deployed`);
      }
    }
  }
}

// Names of the non-abstract contracts (not interfaces or libraries) a source file defines.
function deployable(ast) {
  return ast.nodes
    .filter((n) => n.nodeType === 'ContractDefinition' && n.contractKind === 'contract' && !n.abstract)
    .map((n) => n.name);
}

try {
  main();
} catch (e) {
  process.stderr.write(`compile: ${e.message}\n`);
  process.exit(1);
}

// Prints an HTML page that draws a BPMN model with the bpmn-js viewer, fitted to the window.
// Usage: node diagram-page.js <model.bpmn> <bpmn-js dist directory>
const fs = require('fs');
const path = require('path');

const [modelPath, distDir] = process.argv.slice(2);
if (!modelPath || !distDir) {
  console.error('usage: node diagram-page.js <model.bpmn> <bpmn-js dist directory>');
  process.exit(1);
}

const read = (file) => fs.readFileSync(file, 'utf8');
const xml = read(modelPath);
const viewer = read(path.join(distDir, 'bpmn-viewer.production.min.js'));
const css = ['diagram-js.css', 'bpmn-js.css']
  .map((file) => read(path.join(distDir, 'assets', file)))
  .join('\n');

// The XML goes in as a JSON string so no character of the model can break the page.
process.stdout.write(`<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<style>${css}
html, body, #canvas { margin: 0; width: 100%; height: 100%; background: white; }
.bjs-powered-by { display: none; }
</style>
<script>${viewer}</script>
</head>
<body>
<div id="canvas"></div>
<script>
  const viewer = new BpmnJS({ container: '#canvas' });
  viewer.importXML(${JSON.stringify(xml)})
    .then(() => viewer.get('canvas').zoom('fit-viewport', 'auto'))
    .catch((error) => { document.body.textContent = 'Cannot render the model: ' + error.message; });
</script>
</body>
</html>
`);

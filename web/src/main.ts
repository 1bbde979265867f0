// Explorer entry point: wires the graph, the side pane and the URL state together.
import { startExplorer } from './explorer.ts';

void startExplorer();

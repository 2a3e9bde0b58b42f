package app.tandem.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of this JVM's threads, for the benchmarks' breakdowns: other processes on the machine delay a thread
 * but do not add to its CPU time, so before and after compare even on shared cores.
 */
public final class ThreadCpu {

	private ThreadCpu() {
	}

	/**
	 * The CPU time of every live thread, by id, in nanoseconds (0 for one that ended while it was read).
	 * @param names each thread's name goes in, by id
	 */
	public static Map<Long, Long> byThread(Map<Long, String> names) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<Long, Long> cpu = new HashMap<>();
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null) {
				names.put(info.getThreadId(), info.getThreadName());
				cpu.put(info.getThreadId(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
			}
		}
		return cpu;
	}

}
